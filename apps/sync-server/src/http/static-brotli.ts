import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const compress = promisify(brotliCompress);

/** Types worth compressing; images and fonts already are. */
const TEXT = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg\+xml)/;
/** Below this a compressed answer saves less than its headers cost (hono's `compress()` agrees). */
const MIN_BYTES = 1024;
/** A bound on the cache whatever the build holds: the app is ≈ 150 files. */
const MAX_FILES = 2_000;

/** Whether the client takes brotli: `br` named without `q=0`. */
export function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== 'br') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The build's hashed files as brotli at its best quality (11), compressed once
 * each on first request off the event loop and kept: the build never changes
 * under a running server, and brotli 11 sends ≈ 15–20 % fewer bytes than the
 * gzip of `compress()`, which a first visit over a rural 2G link feels (DESIGN
 * §7's budgets are bytes on the wire). Other files (the shell with its
 * per-response policy, the service worker) keep `compress()`.
 */
export function brotliCache(): (
  file: string,
  type: string,
  body: Buffer,
) => Promise<Uint8Array<ArrayBuffer>> | null {
  const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  return (file, type, body) => {
    if (!TEXT.test(type) || body.length < MIN_BYTES) return null;
    let compressed = cache.get(file);
    if (!compressed) {
      if (cache.size >= MAX_FILES) return null;
      const made = compress(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      });
      // Copied once into a plain ArrayBuffer, the body type responses take.
      compressed = made.then((bytes) => new Uint8Array(bytes));
      // A failed compression is not kept: the next request tries again (and is served plain).
      compressed.catch(() => cache.delete(file));
      cache.set(file, compressed);
    }
    return compressed;
  };
}
