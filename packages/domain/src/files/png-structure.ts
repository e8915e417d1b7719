import type { StructureFault } from './structure.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Walks a PNG's chunks: the signature, `IHDR` first, at least one `IDAT`, and
 * `IEND` as the very last bytes. Anything after `IEND` (an HTML page, a ZIP)
 * is a polyglot; a chunk running past the end is a truncated file.
 */
export function pngStructureFault(b: Uint8Array): StructureFault | null {
  if (!SIGNATURE.every((byte, i) => b[i] === byte)) return 'unreadable';
  let at = SIGNATURE.length;
  let first = true;
  let sawData = false;
  while (at + 12 <= b.length) {
    const length = readU32(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const end = at + 12 + length; // length, type, data, CRC
    if (length > 0x7fffffff || end > b.length) return 'unreadable';
    if (first && type !== 'IHDR') return 'unreadable';
    first = false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') {
      if (!sawData) return 'unreadable';
      return end === b.length ? null : 'trailing-data';
    }
    at = end;
  }
  return 'unreadable';
}

function readU32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}
