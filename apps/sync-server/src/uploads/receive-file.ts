import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ReceivedFile } from '@rodnik/domain';

/** How much of the head the checks read: enough for any image header. */
export const HEAD_BYTES = 64 * 1024;

/** Reads a staged file once, streaming: its SHA-256, size and first 64 KiB. */
export async function readReceivedFile(path: string): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (headSize < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - headSize);
      head.push(part);
      headSize += part.length;
    }
  }
  return { size, sha256: hash.digest('hex'), head: new Uint8Array(Buffer.concat(head)) };
}
