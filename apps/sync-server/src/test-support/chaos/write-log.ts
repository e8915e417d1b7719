/**
 * Every write a chaos device made, with what the device showed in that field
 * when it wrote (`prev`): the oracle accounts for each one at the end.
 * Written values are unique tokens, so a value found anywhere names its write.
 */

export type WriteKind = 'create' | 'edit' | 'delete' | 'restore';
export type WrittenCollection = 'children' | 'applications';

export interface WriteRecord {
  /** Order of the writes across all devices. */
  n: number;
  at: number;
  device: string;
  family: number;
  collection: WrittenCollection;
  docId: string;
  kind: WriteKind;
  /** Dot path of the field written; `deletedAt` for a deletion or a restore. */
  field: string;
  value: unknown;
  prev: unknown;
}

export type NewWrite = Omit<WriteRecord, 'n' | 'at'>;

/** Where a device's writes go as it makes them (the device host sends them to the run). */
export interface WriteSink {
  add(write: NewWrite): void;
  /** A deletion time no other write used: deletions are tokens too. */
  uniqueStamp(): string;
}

/** The run's log: writes in the order they arrived from the device hosts. */
export class WriteLog {
  readonly writes: WriteRecord[] = [];

  record(write: Omit<WriteRecord, 'n'>): void {
    this.writes.push({ ...write, n: this.writes.length });
  }
}

/**
 * Unique deletion times across processes: host `slot` of `slots` only uses
 * milliseconds ≡ slot (mod slots), each at most once.
 */
export function uniqueStamps(slot: number, slots: number): () => string {
  let last = -1;
  return () => {
    let ms = Math.max(Date.now(), last + 1);
    ms += (((slot - ms) % slots) + slots) % slots;
    last = ms;
    return new Date(ms).toISOString();
  };
}

/** Reads a dot path (`address.street`, `answers.a`). */
export function fieldOf(doc: unknown, path: string): unknown {
  let current = doc;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `doc` with the dot path set. */
export function withField<T extends Record<string, unknown>>(
  doc: T,
  path: string,
  value: unknown,
): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...doc, [head]: value };
  const inner = doc[head];
  const child =
    typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {};
  return { ...doc, [head]: withField(child, rest.join('.'), value) };
}
