import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/**
 * A real, decodable PNG (8-bit grey) of the given size, for tests that need
 * scans a server or a browser can actually read. `noise` fills the pixels
 * with random bytes so the file does not compress to nothing.
 */
export function encodePng(
  width: number,
  height: number,
  options: { noise?: boolean } = {},
): Buffer {
  const row = width + 1; // filter byte + one byte per pixel
  const raw = options.noise ? randomBytes(row * height) : Buffer.alloc(row * height, 0xee);
  for (let y = 0; y < height; y += 1) raw[y * row] = 0; // filter: none
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PDF-looking file of `size` bytes (the type is told by its first bytes). */
export function fakePdf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);
}
