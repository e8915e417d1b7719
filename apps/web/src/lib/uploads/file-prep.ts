import {
  checkBeforeUpload,
  imageSize,
  imageSizeRejection,
  MAX_FILE_BYTES,
  messageFor,
  sniffFileType,
  SIZE_REFUSAL,
  TYPE_REFUSAL,
  type AcceptedFileType,
  type AttachedScan,
  type DocumentKind,
  type ErrorCode,
  type Locale,
  type ScanHolder,
  type UploadRefusal,
} from '@rodnik/domain';

/**
 * What happens to a picked file before it is stored (issue 13: before any
 * byte is sent): its real type from its first bytes (never its name), a photo
 * made smaller on the device, then the server's checks on what would go — at
 * most 5 MB, at least 800×600, not a scan the record already has — from the
 * domain's `checkBeforeUpload`. Anything else is refused at once, naming the file.
 */

/** How much of a picked file is read for its type and pixel size: a JPEG's frame header follows its EXIF block. */
const HEAD_BYTES = 64 * 1024;

/** Shrinks a photo (decoded with its EXIF orientation) to a JPEG; null when it cannot be decoded. */
export type PhotoCompressor = (photo: Blob) => Promise<Blob | null>;

export interface PreparedFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly mimeType: AcceptedFileType;
  readonly size: number;
  readonly sha256: string;
  /** The picked file's size, to show the saving («4,2 МБ → 880 КБ»). */
  readonly originalSize: number;
  readonly compressed: boolean;
}

export interface Refusal {
  readonly fileName: string;
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** A duplicate: the box that already holds the same bytes. */
  readonly held?: AttachedScan;
}

export type Prepared =
  | { readonly ok: true; readonly file: PreparedFile }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * The size a photo is drawn at: the long side at most `cap`, proportions kept,
 * never larger than the original (upscaling only adds bytes, not detail).
 */
export function scaledSize(
  width: number,
  height: number,
  cap: number,
): { width: number; height: number; scaled: boolean } {
  const long = Math.max(width, height);
  if (long <= cap) return { width, height, scaled: false };
  const k = cap / long;
  return {
    width: Math.max(1, Math.round(width * k)),
    height: Math.max(1, Math.round(height * k)),
    scaled: true,
  };
}

/** The smaller of the original and its re-encoding: a small photo can grow when re-encoded. */
export function keepSmaller(original: Blob, compressed: Blob | null): Blob {
  return compressed !== null && compressed.size < original.size ? compressed : original;
}

/** «880 КБ», «4,2 МБ»: sizes as people read them, in the app's language. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = locale === 'ru' ? ['Б', 'КБ', 'МБ'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 2 && value < 10 ? 1 : 0;
  const text = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(value);
  return `${text} ${units[unit]}`;
}

export async function sha256Hex(blob: Blob): Promise<string> {
  return sha256Of(new Uint8Array(await blob.arrayBuffer()));
}

async function sha256Of(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** «scan.jpg» → «scan.jpg»; «IMG_1.png» compressed to JPEG → «IMG_1.jpg». */
export function renamedFor(fileName: string, type: AcceptedFileType): string {
  const ext = type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg';
  const base = fileName.replace(/\.[^./\\]*$/, '') || 'scan';
  return `${base}.${ext}`.slice(-255);
}

const refuse = (fileName: string, rejection: UploadRefusal): Prepared => ({
  ok: false,
  refusal: { fileName, ...rejection },
});

/** Names a box for a duplicate, in the app's language: «Свидетельство о рождении» в карточке ребёнка. */
export type BoxNamer = (kind: DocumentKind, holder: ScanHolder) => string;

/** A refusal in words: the file's name first, then what is wrong and what to do. */
export function refusalMessage(refusal: Refusal, locale: Locale, boxName?: BoxNamer): string {
  const params =
    refusal.held && boxName
      ? { ...refusal.params, box: boxName(refusal.held.kind, refusal.held.holder) }
      : refusal.params;
  return `«${refusal.fileName}»: ${messageFor(refusal.code, params, locale)}`;
}

/**
 * Checks and shrinks one picked file against the scans the record already
 * has (`attached`). Photos above the size limit are still tried: a 12 MB
 * camera JPEG is usually under 1 MB once compressed, so the size is checked
 * on what would be sent. An image too small (or a decompression bomb) is
 * refused from its header before it is decoded; a PDF is never re-encoded,
 * so a large one is refused before it is read.
 */
export async function prepareFile(
  file: Blob & { readonly name: string },
  compress: PhotoCompressor,
  attached: readonly AttachedScan[] = [],
): Promise<Prepared> {
  const name = file.name || 'scan';
  if (file.size === 0) return refuse(name, { code: 'file-unreadable', params: {} });
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const type = sniffFileType(head);
  if (type === null) return refuse(name, TYPE_REFUSAL);

  let chosen: Blob = file;
  if (type === 'application/pdf') {
    if (file.size > MAX_FILE_BYTES) return refuse(name, SIZE_REFUSAL);
  } else {
    // Refused from the header before decoding; an unreadable header waits (the browser may still decode it).
    const header = imageSize(head, type);
    const tooFewOrMany = header && imageSizeRejection(header);
    if (tooFewOrMany) return refuse(name, tooFewOrMany);
    chosen = keepSmaller(file, await compress(file).catch(() => null));
  }
  const isCompressed = chosen !== file;
  const mimeType: AcceptedFileType = isCompressed ? 'image/jpeg' : type;
  // What would be sent, read once for the hash and the pixel size (a photo over the limit is not read).
  const bytes = chosen.size <= MAX_FILE_BYTES ? new Uint8Array(await chosen.arrayBuffer()) : null;
  const sha256 = bytes ? await sha256Of(bytes) : '';
  const pixels = bytes && mimeType !== 'application/pdf' ? imageSize(bytes, mimeType) : null;
  const rejection = checkBeforeUpload(
    { type: mimeType, size: chosen.size, pixels, sha256 },
    attached,
  );
  if (rejection) return refuse(name, rejection);
  return {
    ok: true,
    file: {
      blob: isCompressed ? new Blob([chosen], { type: mimeType }) : file,
      fileName: renamedFor(name, mimeType),
      mimeType,
      size: chosen.size,
      sha256,
      originalSize: file.size,
      compressed: isCompressed,
    },
  };
}
