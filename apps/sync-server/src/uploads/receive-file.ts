import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { MAX_FILE_BYTES, type ReceivedFile } from '@rodnik/domain';

/**
 * Reads a staged file once, streaming: its SHA-256, its size and its bytes
 * (the whole file, as the structure check and the decoder need; past
 * `MAX_FILE_BYTES` only that much is kept, and the size refuses it anyway).
 */
export async function readReceivedFile(path: string): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  const kept: Buffer[] = [];
  let keptSize = 0;
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (keptSize < MAX_FILE_BYTES) {
      const part = chunk.subarray(0, MAX_FILE_BYTES - keptSize);
      kept.push(part);
      keptSize += part.length;
    }
  }
  return { size, sha256: hash.digest('hex'), bytes: new Uint8Array(Buffer.concat(kept)) };
}
