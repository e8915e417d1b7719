import { PHOTO_JPEG_QUALITY, PHOTO_LONG_SIDE_CAP } from '@rodnik/domain';
import { scaledSize } from './file-prep.ts';

/**
 * Decodes a photo upright (its EXIF orientation applied), scales it so the
 * long side is at most PHOTO_LONG_SIDE_CAP and re-encodes it as JPEG at
 * PHOTO_JPEG_QUALITY. Null when the browser cannot decode it (the original
 * is kept then). Browser only: createImageBitmap and a canvas.
 */
export async function compressPhoto(photo: Blob): Promise<Blob | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(photo, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height, PHOTO_LONG_SIDE_CAP);
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      draw(ctx, bitmap, width, height);
      return await canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_JPEG_QUALITY });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    draw(ctx, bitmap, width, height);
    return await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', PHOTO_JPEG_QUALITY),
    );
  } finally {
    bitmap.close();
  }
}

function draw(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  bitmap: ImageBitmap,
  width: number,
  height: number,
): void {
  // JPEG has no transparency: a transparent PNG would turn black without a white page under it.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
}
