import type { CollectionName } from '@rodnik/domain';

/**
 * Which local changes still wait to reach the server, kept on the device (a
 * reload offline still shows the count). The app marks a document when it
 * writes it; replication clears it once the state it sent is the local state.
 */
export class PendingChanges {
  private readonly ids: Set<string>;
  private readonly listeners = new Set<(count: number) => void>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
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
    if (this.ids.has(key)) return;
    this.ids.add(key);
    this.save();
  }

  clear(collection: CollectionName, id: string): void {
    if (this.ids.delete(`${collection}/${id}`)) this.save();
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
