import { imageSize, sniffFileType } from '@rodnik/domain';

/**
 * Scans for unit tests: only the headers the checks read are real (the
 * pixel size), the rest is filler. A seed written after the header makes
 * files of one size different bytes (so they are not duplicates).
 */

const JPEG_HEADER = 21;
const PNG_HEADER = 33;
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 255));

/** SOI and a baseline frame header (SOF0) of the given size, then filler to `size` bytes. */
export function jpegBytes(width: number, height: number, size: number, seed = ''): Uint8Array {
  const b = new Uint8Array(Math.max(size, JPEG_HEADER + seed.length));
  b.set([
    0xff,
    0xd8,
    0xff,
    0xc0,
    0x00,
    0x11,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
  ]);
  b.set(latin1(seed), JPEG_HEADER);
  return b;
}

/** The PNG signature and IHDR of the given size, then filler to `size` bytes. */
export function pngBytes(width: number, height: number, size: number, seed = ''): Uint8Array {
  const b = new Uint8Array(Math.max(size, PNG_HEADER + seed.length));
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  b.set(latin1(seed), PNG_HEADER);
  return b;
}

/** A picked file of those bytes. */
export function picked(name: string, bytes: Uint8Array): File {
  return new File([bytes.slice()], name);
}

/**
 * What the browser's compressor does, as far as the checks see it: a JPEG of
 * the same pixel size (or `to`) at half the bytes, the seed kept. Null when
 * the header cannot be read (the browser could not decode it either).
 */
export function halvingCompressor(to?: { width: number; height: number }) {
  return async (blob: Blob): Promise<Blob | null> => {
    const input = new Uint8Array(await blob.arrayBuffer());
    const type = sniffFileType(input);
    const size = type && type !== 'application/pdf' ? imageSize(input, type) : null;
    if (!size) return null;
    const { width, height } = to ?? size;
    const out = jpegBytes(width, height, Math.floor(input.length / 2));
    const from = type === 'image/png' ? PNG_HEADER : JPEG_HEADER;
    out.set(input.subarray(from, from + out.length - JPEG_HEADER), JPEG_HEADER);
    return new Blob([out.slice()], { type: 'image/jpeg' });
  };
}
