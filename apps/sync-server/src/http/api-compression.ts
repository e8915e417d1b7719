import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Below this an answer goes as it is: a header's worth of bytes is not worth a compressor. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** JSON answers only: the live event stream (`text/event-stream`) and scans never pass here. */
const JSON_TYPE = /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

function acceptedEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const q = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (q('br') > 0) return 'br';
  if (q('gzip') > 0) return 'gzip';
  return null;
}

/**
 * API answers over 1 KiB (a first sync's pulled pages above all) travel
 * compressed — brotli when the client takes it, else gzip: JSON of records
 * shrinks five- to tenfold, which on a 2G link is most of a first sync's
 * time. Only whole JSON answers are: the live event stream never, since a
 * compressor holds events back until its buffer fills and a device would
 * hear of a change late.
 */
export function compressApi(): MiddlewareHandler {
  return async function compressApi(c, next) {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    if (
      c.req.method === 'HEAD' ||
      !res.body ||
      res.headers.has('content-encoding') ||
      !JSON_TYPE.test(type)
    ) {
      return;
    }
    const vary = res.headers.get('vary');
    if (!vary || !/accept-encoding/i.test(vary)) {
      res.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    }
    const encoding = acceptedEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const bytes = Buffer.from(await res.arrayBuffer());
    let body: Buffer = bytes;
    if (bytes.length >= COMPRESS_THRESHOLD_BYTES) {
      body =
        encoding === 'br'
          ? await brotliAsync(bytes, {
              params: {
                // Quality 5: most of brotli's gain at a few milliseconds a page.
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            })
          : await gzipAsync(bytes);
    }
    c.res = new Response(new Uint8Array(body), res);
    c.res.headers.set('content-length', String(body.length));
    if (body !== bytes) c.res.headers.set('content-encoding', encoding);
    else c.res.headers.delete('content-encoding');
  };
}
