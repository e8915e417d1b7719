import type { ErrorCode } from '../errors/codes.ts';
import {
  MAX_FILE_BYTES,
  MIN_IMAGE_LONG_SIDE,
  MIN_IMAGE_SHORT_SIDE,
  type AcceptedFileType,
} from './file-rules.ts';
import { imageSize } from './image-size.ts';
import { sniffFileType } from './sniff.ts';

export type DeclaredFile = {
  readonly mimeType: AcceptedFileType;
  readonly size: number;
  readonly sha256: string;
};

export type ReceivedFile = {
  readonly size: number;
  readonly sha256: string;
  /** The first bytes of the file: 64 KiB is enough for any image header. */
  readonly head: Uint8Array;
};

/** Why a received scan is refused: a code the UI words, with its parameters. */
export type FileRejection = {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
};

/**
 * The server's check of a finished upload against what the device declared:
 * size, hash, real type by magic bytes, and for images a readable resolution.
 * `null` means the file is accepted. Pure, so the device can run it too.
 */
export function checkReceivedFile(
  declared: DeclaredFile,
  received: ReceivedFile,
): FileRejection | null {
  if (received.size > MAX_FILE_BYTES) {
    return { code: 'file-too-large', params: { max: '5 МБ' } };
  }
  if (received.size !== declared.size) {
    return { code: 'file-size-mismatch', params: {} };
  }
  if (received.sha256 !== declared.sha256) {
    return { code: 'file-hash-mismatch', params: {} };
  }
  const actual = sniffFileType(received.head);
  if (actual === null || actual !== declared.mimeType) {
    return { code: 'file-type-unsupported', params: { allowed: 'PDF, JPEG, PNG' } };
  }
  if (actual === 'application/pdf') return null;
  const size = imageSize(received.head, actual);
  if (size === null) return { code: 'file-unreadable', params: {} };
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
