// Draws the app icons as real PNG files (no image libraries): a white water
// drop — «родник», a spring — on the brand blue. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [13, 76, 211];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside a water drop centred at (0.5, 0.56) of unit size `s` (a circle with a point on top). */
function inDrop(u, v, s) {
  const cx = 0.5;
  const cy = 0.58;
  const r = 0.22 * s;
  const dx = u - cx;
  const dy = v - cy;
  if (dx * dx + dy * dy <= r * r) return true;
  const top = cy - 0.5 * s;
  if (v < top || v > cy) return false;
  const halfWidth = ((v - top) / (cy - top)) * r * 0.98;
  return Math.abs(dx) <= halfWidth && v >= top;
}

function icon(size, { maskable }) {
  const s = maskable ? 0.62 : 0.8; // maskable keeps the drop inside the 80 % safe zone
  const radius = maskable ? 0 : 0.2;
  return png(size, (x, y) => {
    const u = x / size;
    const v = y / size;
    if (!maskable) {
      const cx = Math.min(Math.max(u, radius), 1 - radius);
      const cy = Math.min(Math.max(v, radius), 1 - radius);
      if ((u - cx) ** 2 + (v - cy) ** 2 > radius * radius) return [0, 0, 0, 0];
    }
    return inDrop(u, v, s) ? [...WHITE, 255] : [...BLUE, 255];
  });
}

const dir = new URL('../static/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(new URL(`icon-${size}.png`, dir), icon(size, { maskable: false }));
  writeFileSync(new URL(`maskable-${size}.png`, dir), icon(size, { maskable: true }));
}
console.log('icons written to static/icons');
