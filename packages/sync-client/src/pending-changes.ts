import type { CollectionName } from '@rodnik/domain';

/**
 * Which local changes still wait to reach the server, kept on the device (a
 * reload offline still shows the count). The app marks a document when it
 * writes it; replication clears the mark once the document's local state is
 * the state the server is known to hold (`startFamilySync`).
 */
/** Where the marks are kept: localStorage in the browser, a map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class PendingChanges {
  private readonly ids: Set<string>;
  private readonly listeners = new Set<(count: number) => void>();
  /** How often each id was marked in this session: a clear decided before a newer mark is void. */
  private readonly stamps = new Map<string, number>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {
    this.ids = new Set(readList(storage.getItem(key)));
  }

  get count(): number {
    return this.ids.size;
  }

  has(collection: CollectionName, id: string): boolean {
    return this.ids.has(`${collection}/${id}`);
  }

  mark(collection: CollectionName, id: string): void {
    const key = `${collection}/${id}`;
    this.stamps.set(key, (this.stamps.get(key) ?? 0) + 1);
    if (this.ids.has(key)) return;
    this.ids.add(key);
    this.save();
  }

  /** The marked ids of one collection, each with its stamp for `clear`. */
  marksOf(collection: CollectionName): Map<string, number> {
    const prefix = `${collection}/`;
    const marks = new Map<string, number>();
    for (const key of this.ids) {
      if (key.startsWith(prefix)) marks.set(key.slice(prefix.length), this.stamps.get(key) ?? 0);
    }
    return marks;
  }

  /**
   * Forgets a mark. With `stamp` (from `marksOf`), only if the document was not
   * marked again since: a check that read the document before a new write
   * must not clear the write's mark.
   */
  clear(collection: CollectionName, id: string, stamp?: number): void {
    const key = `${collection}/${id}`;
    if (stamp !== undefined && (this.stamps.get(key) ?? 0) !== stamp) return;
    if (this.ids.delete(key)) this.save();
  }

  /** Forgets every mark (the local database was wiped). */
  reset(): void {
    if (this.ids.size === 0) return;
    this.ids.clear();
    this.save();
  }

  subscribe(listener: (count: number) => void): () => void {
    this.listeners.add(listener);
    listener(this.count);
    return () => this.listeners.delete(listener);
  }

  private save(): void {
    this.storage.setItem(this.key, JSON.stringify([...this.ids]));
    for (const listener of this.listeners) listener(this.count);
  }
}

function readList(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
