/**
 * What a scan may be (DESIGN §5, issue 6): the same numbers on the device, which
 * refuses a file at once, and on the server, which re-checks the bytes.
 */
export const ACCEPTED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedFileType = (typeof ACCEPTED_FILE_TYPES)[number];

/** At most 5 MiB per file, after the device has compressed a photo. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A photo of a document is downscaled on the device so its long side is at most
 * this many pixels: at 2400 px an A4 page is ≈ 290 dpi, enough for small print.
 */
export const PHOTO_LONG_SIDE_CAP = 2400;
/** JPEG quality for compressed photos: 0.85 keeps 8-pt print legible. */
export const PHOTO_JPEG_QUALITY = 0.85;

/**
 * The smallest image the server accepts as readable: an A4 page at 600×800 is
 * ≈ 75 dpi, the least at which a certificate's series and number can be read.
 */
export const MIN_IMAGE_SHORT_SIDE = 600;
export const MIN_IMAGE_LONG_SIDE = 800;

/**
 * The most pixels a scan may have: 50 million (≈ 8660×5770) is more than any
 * phone's camera; a decompression bomb (a few KiB inflating to 20000×20000) is
 * refused from its header, and the decoder is held to the same limit.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

export function isAcceptedFileType(x: string): x is AcceptedFileType {
  return (ACCEPTED_FILE_TYPES as readonly string[]).includes(x);
}

/** The name's extension for a type, for files the device makes (photos). */
export function extensionFor(type: AcceptedFileType): string {
  return type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg';
}
