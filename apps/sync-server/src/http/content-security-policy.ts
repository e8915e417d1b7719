import { createHash } from 'node:crypto';

/**
 * The web app's Content-Security-Policy: everything from its own origin. The
 * only inline code is SvelteKit's bootstrap script in the shell, and the fixed
 * `style` attributes of the shell and of the app's own templates (SvelteKit's
 * route announcer); each is allowed by its SHA-256, read from the files being
 * served, so a rebuild needs no change here. Scan previews are `blob:` URLs
 * and icons may be `data:`; the service worker is the app's own file.
 */
export function contentSecurityPolicy(
  html: string,
  appStyleAttributes: readonly string[] = [],
): string {
  const scripts = inlineScripts(html).map(hashSource);
  const styleAttributes = [...new Set([...inlineStyleAttributes(html), ...appStyleAttributes])].map(
    hashSource,
  );
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scripts],
    ['style-src', "'self'"],
    // A hash may allow a `style` attribute only with 'unsafe-hashes' (CSP 3).
    [
      'style-src-attr',
      ...(styleAttributes.length ? ["'unsafe-hashes'", ...styleAttributes] : ["'none'"]),
    ],
    ['img-src', "'self'", 'blob:', 'data:'],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** What a page's own scripts and service worker may do: the same policy with no inline code. */
export const ASSET_POLICY = contentSecurityPolicy('');

function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1]!)) found.push(match[2]!);
  }
  return found;
}

function inlineStyleAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*"([^"]*)"/gi)].map((match) => match[1]!);
}

/**
 * The fixed `style="…"` attributes written in the app's compiled templates
 * (none interpolated: a template literal's `${…}` or a concatenation is left
 * out, so only the app's own constant styles are ever allowed).
 */
export function templateStyleAttributes(javascript: string): string[] {
  return [...javascript.matchAll(/\sstyle="([^"`$\\{}+]*)"/g)].map((match) => match[1]!);
}

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
