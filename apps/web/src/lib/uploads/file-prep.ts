import {
  MAX_FILE_BYTES,
  messageFor,
  sniffFileType,
  SNIFF_BYTES,
  type AcceptedFileType,
  type ErrorCode,
  type Locale,
} from '@rodnik/domain';

/**
 * What happens to a picked file before it is stored: its real type from its
 * first bytes (never its name), a photo made smaller on the device, the size
 * limit, and its SHA-256. Anything else is refused at once, naming the file.
 */

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
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** «scan.jpg» → «scan.jpg»; «IMG_1.png» compressed to JPEG → «IMG_1.jpg». */
export function renamedFor(fileName: string, type: AcceptedFileType): string {
  const ext = type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg';
  const base = fileName.replace(/\.[^./\\]*$/, '') || 'scan';
  return `${base}.${ext}`.slice(-255);
}

const refuse = (
  fileName: string,
  code: ErrorCode,
  params: Record<string, string | number> = {},
): Prepared => ({
  ok: false,
  refusal: { fileName, code, params },
});

/** A refusal in words: the file's name first, then what is wrong and what to do. */
export function refusalMessage(refusal: Refusal, locale: Locale): string {
  return `«${refusal.fileName}»: ${messageFor(refusal.code, refusal.params, locale)}`;
}

/**
 * Checks and shrinks one picked file. Photos above the size limit are still
 * tried: a 12 MB camera JPEG is usually under 1 MB once compressed. A PDF is
 * never re-encoded, so a large one is refused before it is read.
 */
export async function prepareFile(
  file: Blob & { readonly name: string },
  compress: PhotoCompressor,
): Promise<Prepared> {
  const name = file.name || 'scan';
  if (file.size === 0) return refuse(name, 'file-unreadable');
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const type = sniffFileType(head);
  if (type === null) return refuse(name, 'file-type-unsupported', { allowed: 'PDF, JPEG, PNG' });
  const tooLarge = () => refuse(name, 'file-too-large', { max: '5 МБ' });

  if (type === 'application/pdf') {
    if (file.size > MAX_FILE_BYTES) return tooLarge();
    return {
      ok: true,
      file: {
        blob: file,
        fileName: renamedFor(name, type),
        mimeType: type,
        size: file.size,
        sha256: await sha256Hex(file),
        originalSize: file.size,
        compressed: false,
      },
    };
  }

  const compressed = await compress(file).catch(() => null);
  const chosen = keepSmaller(file, compressed);
  if (chosen.size > MAX_FILE_BYTES) return tooLarge();
  const isCompressed = chosen !== file;
  const mimeType: AcceptedFileType = isCompressed ? 'image/jpeg' : type;
  return {
    ok: true,
    file: {
      blob: isCompressed ? new Blob([chosen], { type: mimeType }) : file,
      fileName: renamedFor(name, mimeType),
      mimeType,
      size: chosen.size,
      sha256: await sha256Hex(chosen),
      originalSize: file.size,
      compressed: isCompressed,
    },
  };
}
