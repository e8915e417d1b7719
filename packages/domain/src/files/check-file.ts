import type { ErrorCode } from '../errors/codes.ts';
import { sizeParams } from '../errors/message-format.ts';
import {
  MAX_FILE_BYTES,
  MAX_IMAGE_PIXELS,
  MIN_IMAGE_LONG_SIDE,
  MIN_IMAGE_SHORT_SIDE,
  type AcceptedFileType,
} from './file-rules.ts';
import { imageSize } from './image-size.ts';
import { sniffFileType } from './sniff.ts';
import { fileStructureFault } from './structure.ts';

export type DeclaredFile = {
  readonly mimeType: AcceptedFileType;
  readonly size: number;
  readonly sha256: string;
};

export type ReceivedFile = {
  readonly size: number;
  readonly sha256: string;
  /** The whole file (at most `MAX_FILE_BYTES`; past that only its start). */
  readonly bytes: Uint8Array;
};

/** Why a received scan is refused: a code the UI words, with its parameters. */
export type FileRejection = {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
};

/** Not PDF, JPEG or PNG by its bytes (the phone can say so from the first 8). */
export const TYPE_REFUSAL: FileRejection = {
  code: 'file-type-unsupported',
  params: { allowed: 'PDF, JPEG, PNG' },
};
/** Over `MAX_FILE_BYTES` (the phone refuses a PDF, never re-encoded, before reading it). */
export const SIZE_REFUSAL: FileRejection = {
  code: 'file-too-large',
  params: sizeParams(MAX_FILE_BYTES),
};

/**
 * The server's check of a finished upload against what the device declared:
 * size, hash, real type by magic bytes, the whole structure of that type (no
 * truncated file, nothing riding after it), and for images a pixel count
 * within limits and a readable resolution. `null` means the structure holds;
 * the server then decodes an image for real (`apps/sync-server`'s decoder).
 * Pure, so the device can run it too.
 */
export function checkReceivedFile(
  declared: DeclaredFile,
  received: ReceivedFile,
): FileRejection | null {
  if (received.size > MAX_FILE_BYTES) return SIZE_REFUSAL;
  if (received.size !== declared.size) {
    return { code: 'file-size-mismatch', params: {} };
  }
  if (received.sha256 !== declared.sha256) {
    return { code: 'file-hash-mismatch', params: {} };
  }
  const actual = sniffFileType(received.bytes);
  if (actual === null || actual !== declared.mimeType) return TYPE_REFUSAL;
  const fault = fileStructureFault(received.bytes, actual);
  if (fault === 'trailing-data') return { code: 'file-trailing-data', params: {} };
  if (fault === 'unreadable') return { code: 'file-unreadable', params: {} };
  if (actual === 'application/pdf') return null;
  const size = imageSize(received.bytes, actual);
  if (size === null) return { code: 'file-unreadable', params: {} };
  return imageSizeRejection(size);
}

/** An image's pixel size against the limits: not a decompression bomb, and big enough to read. */
export function imageSizeRejection(size: { width: number; height: number }): FileRejection | null {
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    return { code: 'file-image-too-large', params: { max: MAX_IMAGE_PIXELS } };
  }
  const short = Math.min(size.width, size.height);
  const long = Math.max(size.width, size.height);
  if (short < MIN_IMAGE_SHORT_SIDE || long < MIN_IMAGE_LONG_SIDE) {
    return {
      code: 'file-image-too-small',
      params: { min: `${MIN_IMAGE_LONG_SIDE}×${MIN_IMAGE_SHORT_SIDE}`, actual: `${long}×${short}` },
    };
  }
  return null;
}
