import {
  imageSizeRejection,
  MAX_IMAGE_PIXELS,
  type AcceptedFileType,
  type FileRejection,
} from '@rodnik/domain';
import sharp from 'sharp';
import { boundedPool, type BoundedPool } from './bounded-pool.ts';

/** Decodes a scan's pixels for real; `null` when the image is whole and within limits. */
export type ScanDecoder = (
  bytes: Uint8Array,
  type: AcceptedFileType,
) => Promise<FileRejection | null>;

/** Small, so that even a shrunk image shows it decoded every row. */
const PROBE_SIDE = 64;

/**
 * The image decoder (libvips through sharp): the header's promise is not
 * enough, every row is decoded (shrunk on the way, so memory stays small)
 * under the same pixel limit as the structure check. libvips works on the
 * libuv thread pool, never on the request thread; the pool here lets at most
 * `concurrency` scans decode at once, each on one libvips thread, so a burst
 * of uploads cannot take the machine.
 */
export function scanDecoder(options: { concurrency?: number } = {}): ScanDecoder {
  // One libvips thread per image (the default is one per core): the pool bounds the rest.
  sharp.concurrency(1);
  const pool: BoundedPool = boundedPool(options.concurrency ?? 2);
  return (bytes, type) => {
    if (type === 'application/pdf') return Promise.resolve(null);
    return pool.run(() => decode(bytes));
  };
}

async function decode(bytes: Uint8Array): Promise<FileRejection | null> {
  // `failOn: 'error'`: a truncated or corrupt image fails; a camera's harmless warnings do not.
  const image = sharp(bytes, {
    limitInputPixels: MAX_IMAGE_PIXELS,
    failOn: 'error',
    sequentialRead: true,
  });
  try {
    const { width, height } = await image.metadata();
    const sized = imageSizeRejection({ width, height });
    if (sized) return sized;
    await image.resize(PROBE_SIDE, PROBE_SIDE, { fit: 'inside' }).raw().toBuffer();
    return null;
  } catch (error) {
    if (/pixel limit/i.test((error as Error).message)) {
      return { code: 'file-image-too-large', params: { max: MAX_IMAGE_PIXELS } };
    }
    return { code: 'file-unreadable', params: {} };
  }
}
