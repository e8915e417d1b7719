import type { Readable } from 'node:stream';

/**
 * Where accepted scans' bytes live, behind a port so object storage can take
 * over later. Keys are content-addressed per family (`<familyId>/<sha256>`),
 * so the same bytes attached twice in a family are stored once.
 */
export interface BlobStore {
  /** Stores the bytes of `source` under `key`, whole or not at all. */
  put(key: string, source: Readable): Promise<void>;
  /** Moves a local file in (cheaper than copying it), whole or not at all. */
  putFile(key: string, path: string): Promise<void>;
  /** The bytes, streamed; null when there is no such blob. */
  get(key: string): Promise<Readable | null>;
  has(key: string): Promise<boolean>;
  /** Size in bytes, or null when there is no such blob. */
  size(key: string): Promise<number | null>;
  delete(key: string): Promise<void>;
}

/** The key of a family's blob: content-addressed, so a duplicate costs nothing. */
export function blobKey(familyId: string, sha256: string): string {
  return `${familyId}/${sha256}`;
}
