import { createHash } from 'node:crypto';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let web: string;
const BOOT = 'import("/_app/immutable/app.abc123.js")';
const ANNOUNCER = 'const t = `<div style="position: absolute; width: 1px">`;';
const TEMPLATED = 'const u = `<td style="width: ${w}px">`;';
const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'rodnik-web-'));
  mkdirSync(join(web, '_app/immutable'), { recursive: true });
  writeFileSync(
    join(web, '200.html'),
    `<!doctype html><title>Родник</title><div style="display: contents"><script>${BOOT}</script></div>`,
  );
  writeFileSync(join(web, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(
    join(web, '_app/immutable/app.abc123.js'),
    'console.log("app")'.repeat(200) + ANNOUNCER + TEMPLATED,
  );
  writeFileSync(join(web, 'manifest.webmanifest'), '{"name":"Родник"}');
  server = await startTestServer({ env: { WEB_DIR: web } });
});
afterAll(async () => {
  await server.close();
  rmSync(web, { recursive: true, force: true });
});

describe('the built web app beside the API', () => {
  it('serves the shell for any page path, so deep links and reloads work', async () => {
    for (const path of ['/', '/family', '/children/0193a000-0000-7000-8000-000000000001']) {
      const response = await server.app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toContain('Родник');
    }
  });

  it('serves files with their types; hashed assets cached for good, the worker revalidated', async () => {
    const asset = await server.app.request('/_app/immutable/app.abc123.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    const worker = await server.app.request('/sw.js');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const manifest = await server.app.request('/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toMatch(/manifest\+json/);
  });

  it('sends hashed assets as brotli at its best quality to a client that takes it, smaller than gzip', async () => {
    const path = '/_app/immutable/app.abc123.js';
    const plain = Buffer.from(await (await server.app.request(path)).arrayBuffer());
    for (let round = 0; round < 2; round++) {
      const response = await server.app.request(path, {
        headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
      });
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('cache-control')).toMatch(/immutable/);
      const body = Buffer.from(await response.arrayBuffer());
      expect(brotliDecompressSync(body).equals(plain)).toBe(true);
      expect(body.length).toBeLessThan(gzipSync(plain, { level: 9 }).length);
    }
    // `br;q=0` is a refusal; the shell keeps gzip (its policy is made per response).
    const refused = await server.app.request(path, {
      headers: { 'accept-encoding': 'gzip, br;q=0' },
    });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
    const shell = await server.app.request('/family', {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(shell.headers.get('content-encoding')).not.toBe('br');
  });

  it('compresses what it sends when the client accepts it', async () => {
    const response = await server.app.request('/_app/immutable/app.abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers a missing asset with 404 and never serves files outside its folder', async () => {
    expect((await server.app.request('/_app/immutable/missing.js')).status).toBe(404);
    expect((await server.app.request('/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('sends a strict Content-Security-Policy: self only, inline code allowed by its hash alone', async () => {
    const shell = await server.app.request('/family');
    const policy = Object.fromEntries(
      (shell.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(policy).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'", sha256(BOOT)],
      'style-src': ["'self'"],
      'style-src-attr': [
        "'unsafe-hashes'",
        sha256('display: contents'),
        sha256('position: absolute; width: 1px'),
      ],
      'img-src': ["'self'", 'blob:', 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    const worker = await server.app.request('/sw.js');
    expect(worker.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it('leaves the API to the API', async () => {
    const response = await server.app.request('/api/v1/unknown');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not-found');
  });
});
