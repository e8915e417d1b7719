import type { StructureFault } from './structure.ts';

/** A phone's JPEG may carry more images after the first (Multi-Picture Format); no more than this. */
const MAX_IMAGES = 4;

/**
 * Walks a JPEG's segments and entropy-coded data to its end-of-image marker.
 * What follows may only be further whole JPEGs (a phone's MPF previews) or
 * zero padding; anything else is a polyglot. No EOI is a truncated file.
 */
export function jpegStructureFault(b: Uint8Array): StructureFault | null {
  let at = 0;
  for (let image = 0; image < MAX_IMAGES; image += 1) {
    const end = jpegEnd(b, at);
    if (end === null) return image === 0 ? 'unreadable' : 'trailing-data';
    at = end;
    if (at === b.length || isPadding(b, at)) return null;
    if (!(b[at] === 0xff && b[at + 1] === 0xd8)) return 'trailing-data';
  }
  return 'trailing-data';
}

/** The offset just after the EOI of the JPEG starting at `start`, or null if it has none. */
function jpegEnd(b: Uint8Array, start: number): number | null {
  if (b[start] !== 0xff || b[start + 1] !== 0xd8) return null;
  let i = start + 2;
  let sawFrame = false;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return sawFrame ? i + 2 : null;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (i + 4 > b.length) return null;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2 || i + 2 + length > b.length) return null;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) sawFrame = true;
    i += 2 + length;
    if (marker === 0xda) {
      i = afterEntropyData(b, i);
      if (i < 0) return null;
    }
  }
  return null;
}

/** Skips a scan's entropy-coded bytes: up to the next marker that is not a stuffed byte or a restart. */
function afterEntropyData(b: Uint8Array, from: number): number {
  for (let i = b.indexOf(0xff, from); i >= 0 && i + 1 < b.length; i = b.indexOf(0xff, i + 1)) {
    const next = b[i + 1]!;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return i;
  }
  return -1;
}

function isPadding(b: Uint8Array, from: number): boolean {
  for (let i = from; i < b.length; i += 1) if (b[i] !== 0) return false;
  return true;
}
