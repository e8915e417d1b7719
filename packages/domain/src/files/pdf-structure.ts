import type { StructureFault } from './structure.ts';

/** Where a reader looks for `startxref`: the PDF spec puts it in the last 1 KiB; some writers pad. */
const TAIL_BYTES = 4096;
/** A ZIP reader looks for its end record in the last 64 KiB (+ 22 bytes of the record). */
const ZIP_SEARCH_BYTES = 65_557;
const EOF_MARK = [...'%%EOF'].map((c) => c.charCodeAt(0));
const TRAILER = [...'trailer'].map((c) => c.charCodeAt(0));
const XREF = [...'xref'].map((c) => c.charCodeAt(0));
const XREF_STREAM = [...'/XRef'].map((c) => c.charCodeAt(0));

/**
 * A PDF read as a PDF reader starts: the `%PDF-x.y` header, and at the end
 * `startxref` pointing at a cross-reference table (`xref` … `trailer`) or a
 * cross-reference stream (`N G obj << /Type /XRef`), then `%%EOF` as the last
 * thing in the file (whitespace aside). Bytes after `%%EOF`, or a ZIP's end
 * record where a ZIP reader would find it, make a polyglot.
 */
export function pdfStructureFault(b: Uint8Array): StructureFault | null {
  if (!/^%PDF-[12]\.\d/.test(latin1(b, 0, 8))) return 'unreadable';
  if (hasZipEndRecord(b)) return 'trailing-data';
  const eof = lastIndexOf(b, EOF_MARK);
  if (eof < 0) return 'unreadable';
  let end = b.length;
  while (end > eof && isWhitespace(b[end - 1]!)) end -= 1;
  if (end !== eof + EOF_MARK.length) return 'trailing-data';
  const tail = latin1(b, Math.max(0, end - TAIL_BYTES), end);
  const tailStart = end - tail.length;
  const startxref = tail.lastIndexOf('startxref');
  if (startxref < 0) return 'unreadable';
  const offset = /^startxref\s+(\d{1,10})\s+%%EOF$/.exec(tail.slice(startxref));
  if (!offset) return 'unreadable';
  const xrefAt = Number(offset[1]);
  const xrefEnd = tailStart + startxref;
  if (xrefAt > 0 && xrefAt < xrefEnd && crossReferenceAt(b, xrefAt, xrefEnd)) return null;
  // PDF readers repair a wrong offset by finding the cross-reference; so does this check.
  return hasCrossReference(b, xrefEnd) ? null : 'unreadable';
}

/** An `xref` table (with its `trailer` before `end`) or an XRef stream object at `at`. */
function crossReferenceAt(b: Uint8Array, at: number, end: number): boolean {
  const section = latin1(b, at, Math.min(end, at + 64 * 1024));
  if (/^\s*xref\s/.test(section)) {
    // A table: `trailer` follows it before `startxref` (not read further: the table may be long).
    const trailer = indexOf(b, TRAILER, at);
    return trailer >= 0 && trailer < end;
  }
  return /^\s*\d+\s+\d+\s+obj\s*<<[\s\S]{0,2048}?\/Type\s*\/XRef/.test(section);
}

/** Anywhere before `end`: an `xref` table followed by its `trailer`, or an XRef stream. */
function hasCrossReference(b: Uint8Array, end: number): boolean {
  const before = b.subarray(0, end);
  for (
    let at = lastIndexOf(before, XREF);
    at >= 0;
    at = lastIndexOf(before.subarray(0, at), XREF)
  ) {
    // The keyword on its own, not the end of an earlier `startxref`.
    if ((at === 0 || isWhitespace(b[at - 1]!)) && crossReferenceAt(b, at, end)) return true;
  }
  const stream = indexOf(b, XREF_STREAM, 0);
  return stream >= 0 && stream < end;
}

/** Where the byte sequence `needle` last occurs in `b`, or -1. */
function lastIndexOf(b: Uint8Array, needle: readonly number[]): number {
  for (
    let i = b.lastIndexOf(needle[0]!);
    i >= 0;
    i = i > 0 ? b.lastIndexOf(needle[0]!, i - 1) : -1
  ) {
    if (needle.every((byte, k) => b[i + k] === byte)) return i;
  }
  return -1;
}

/** Where the byte sequence `needle` first occurs in `b` from `from` on, or -1. */
function indexOf(b: Uint8Array, needle: readonly number[], from: number): number {
  for (let i = b.indexOf(needle[0]!, from); i >= 0; i = b.indexOf(needle[0]!, i + 1)) {
    if (needle.every((byte, k) => b[i + k] === byte)) return i;
  }
  return -1;
}

function hasZipEndRecord(b: Uint8Array): boolean {
  for (let i = Math.max(0, b.length - ZIP_SEARCH_BYTES); i + 4 <= b.length; i += 1) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return true;
  }
  return false;
}

/** PDF whitespace (NUL, tab, LF, FF, CR, space). */
function isWhitespace(byte: number): boolean {
  return byte === 0 || byte === 9 || byte === 10 || byte === 12 || byte === 13 || byte === 32;
}

/** Bytes as Latin-1 text, for the ASCII keywords of PDF (no TextDecoder: the domain has no DOM). */
function latin1(b: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 8192) {
    out += String.fromCharCode(...b.subarray(i, Math.min(to, i + 8192)));
  }
  return out;
}
