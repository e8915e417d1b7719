import type { AcceptedFileType } from './file-rules.ts';
import { jpegStructureFault } from './jpeg-structure.ts';
import { pdfStructureFault } from './pdf-structure.ts';
import { pngStructureFault } from './png-structure.ts';

/** What is wrong with a file's structure: cut off or broken, or something else riding after it. */
export type StructureFault = 'unreadable' | 'trailing-data';

/**
 * Reads a whole file's structure as its format defines it — PNG chunks to
 * `IEND`, JPEG segments to the end-of-image marker, a PDF's cross-reference
 * and `%%EOF` — so a truncated file or a polyglot (a PNG with an HTML page
 * after it, a PDF with a ZIP appended) is told apart from a real scan.
 */
export function fileStructureFault(
  bytes: Uint8Array,
  type: AcceptedFileType,
): StructureFault | null {
  if (type === 'image/png') return pngStructureFault(bytes);
  if (type === 'image/jpeg') return jpegStructureFault(bytes);
  return pdfStructureFault(bytes);
}
