/** Image headers for tests: enough bytes for the type and size checks. */

/** A PNG header (signature + IHDR) of the given size; enough for the checks. */
export function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 0);
  b.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12,
  );
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

/** A JPEG start: SOI, an APP1 block to skip, then a baseline frame header. */
export function jpegHeader(width: number, height: number): Uint8Array {
  const app1 = [0xff, 0xe1, 0x00, 0x06, 1, 2, 3, 4];
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  return Uint8Array.from([0xff, 0xd8, ...app1, ...sof, ...new Array(12).fill(0)]);
}
