import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import sharp from 'sharp';

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

/**
 * A well-formed PDF of `size` bytes: header, catalog, a stream of random
 * bytes as filler, an `xref` table, `trailer`, `startxref` and `%%EOF`.
 */
export function fakePdf(size: number): Buffer {
  const head = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const catalog = '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';
  const pages = '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n';
  const tail = (fillerLength: number, xrefAt: number) => {
    const offsets = [
      head.length,
      head.length + catalog.length,
      head.length + catalog.length + pages.length,
    ];
    const rows = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
    return {
      open: `3 0 obj\n<< /Length ${fillerLength} >>\nstream\n`,
      close: `\nendstream\nendobj\nxref\n0 4\n0000000000 65535 f \n${rows}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    };
  };
  // The lengths depend on the numbers written into them: settle them by trying.
  let filler = 0;
  for (let round = 0; round < 4; round += 1) {
    const guess = tail(filler, 0);
    const fixed = head.length + catalog.length + pages.length + guess.open.length;
    const xrefAt = fixed + filler + '\nendstream\nendobj\n'.length;
    const parts = tail(filler, xrefAt);
    const total = fixed + filler + parts.close.length;
    if (total === size || (filler === 0 && total > size)) {
      return Buffer.concat([
        Buffer.from(head + catalog + pages + parts.open, 'latin1'),
        randomBytes(filler),
        Buffer.from(parts.close, 'latin1'),
      ]);
    }
    filler = Math.max(0, filler + size - total);
  }
  throw new Error(`no PDF of exactly ${size} bytes`);
}

/** A real JPEG of the given size (libvips encodes it), noisy so it does not shrink to nothing. */
export async function encodeJpeg(width: number, height: number): Promise<Buffer> {
  const channels = 3;
  const pixels = randomBytes(width * height * channels);
  return sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 80 }).toBuffer();
}

/**
 * A decompression bomb: a valid PNG of `side`×`side` black grey pixels whose
 * data is a few hundred KiB. Built from independent deflate blocks of 100 zero
 * rows each (a full flush makes them concatenable), never holding the pixels.
 */
export function pngBomb(side: number): Buffer {
  const rowBytes = side + 1; // filter byte 0, then black pixels
  const rowsPerBlock = 100;
  const block = deflateRawSync(Buffer.alloc(rowBytes * rowsPerBlock), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const blocks = Array.from({ length: Math.ceil(side / rowsPerBlock) }, (_, index) => {
    const rows = Math.min(rowsPerBlock, side - index * rowsPerBlock);
    if (rows === rowsPerBlock) return block;
    return deflateRawSync(Buffer.alloc(rowBytes * rows), {
      level: 9,
      finishFlush: constants.Z_FULL_FLUSH,
    });
  });
  const finalBlock = Buffer.from([0x03, 0x00]); // an empty final block
  // Adler-32 of n zero bytes: A stays 1, B adds it n times.
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((rowBytes * side) % 65521) * 65536 + 1);
  const zlib = Buffer.concat([Buffer.from([0x78, 0xda]), ...blocks, finalBlock, adler]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
