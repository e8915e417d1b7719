import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import {
  ASSET_POLICY,
  contentSecurityPolicy,
  templateStyleAttributes,
} from './content-security-policy.ts';
import { acceptsBrotli, brotliCache } from './static-brotli.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The names adapter-static gives the SPA fallback page, in order of preference. */
const FALLBACKS = ['200.html', 'index.html'];

/**
 * Serves the built web app (an SPA shell) beside the API: files by path, and
 * the fallback page for any other GET that is not an API call, so deep links
 * and reloads work. Hashed build output is cached for good; the shell and the
 * service worker are revalidated so an update is noticed. Every file leaves
 * with the strict Content-Security-Policy (`content-security-policy.ts`).
 */
export function staticWeb(root: string, apiPrefix: string): MiddlewareHandler {
  const base = normalize(root + sep);
  let styles: Promise<string[]> | undefined;
  const brotli = brotliCache();
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith(apiPrefix)) {
      return next();
    }
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) return next();
    const found = (await isFile(file)) ? file : await fallback(base, path);
    if (!found) return next();
    const body = await readFile(found);
    const type = MIME[extname(found)] ?? 'application/octet-stream';
    const immutable = found.includes(`${sep}_app${sep}immutable${sep}`);
    const html = extname(found) === '.html';
    if (immutable && acceptsBrotli(c.req.header('accept-encoding'))) {
      const compressed = await brotli(found, type, body)?.catch(() => null);
      if (compressed) {
        return c.body(compressed, 200, {
          'content-type': type,
          'content-encoding': 'br',
          vary: 'accept-encoding',
          'cache-control': 'public, max-age=31536000, immutable',
          'content-security-policy': ASSET_POLICY,
        });
      }
    }
    return c.body(body, 200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': html
        ? contentSecurityPolicy(body.toString('utf8'), await (styles ??= appStyles(base)))
        : ASSET_POLICY,
    });
  };
}

/** The constant `style` attributes of the app's compiled code (read once: the build is immutable). */
async function appStyles(base: string): Promise<string[]> {
  const folder = join(base, '_app', 'immutable');
  const files = await readdir(folder, { recursive: true }).catch(() => []);
  const found = new Set<string>();
  for (const name of files) {
    if (extname(name) !== '.js') continue;
    const code = await readFile(join(folder, name), 'utf8').catch(() => '');
    for (const style of templateStyleAttributes(code)) found.add(style);
  }
  return [...found];
}

async function fallback(base: string, path: string): Promise<string | null> {
  // A missing asset is a 404, not the shell: only page-like paths fall back.
  if (extname(path) !== '') return null;
  for (const name of FALLBACKS) {
    const candidate = join(base, name);
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
