import { afterEach, describe, expect, it } from 'vitest';
import { call } from './test-support/api-client.ts';
import { startTestServer, type TestServer } from './test-support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the app', () => {
  it('answers health and readiness', async () => {
    server = await startTestServer();
    expect((await call(server.app, 'GET', '/healthz')).json).toEqual({ status: 'ok' });
    expect((await call(server.app, 'GET', '/readyz')).json).toEqual({ status: 'ready' });
  });

  it('reports not ready once the store is closed', async () => {
    server = await startTestServer();
    await server.store.close();
    const ready = await call(server.app, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    server = undefined;
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    server = await startTestServer();
    const { status, json } = await call(server.app, 'GET', '/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(json.openapi).toBe('3.1.0');
    expect(Object.keys(json.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/sign-up',
        '/api/v1/auth/sign-in',
        '/api/v1/auth/sign-in/verify',
        '/api/v1/sync/{collection}/pull',
        '/api/v1/sync/{collection}/push',
      ]),
    );
    const signUp =
      json.paths['/api/v1/auth/sign-up'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(signUp.properties)).toEqual(
      expect.arrayContaining(['surname', 'phone', 'email', 'password']),
    );
  });

  it('keeps the development outbox closed unless DEV_OUTBOX=1', async () => {
    server = await startTestServer({ env: { DEV_OUTBOX: '0' } });
    const outbox = await call(server.app, 'GET', '/api/v1/dev/outbox');
    expect(outbox.status).toBe(404);
  });

  it('sends secure headers', async () => {
    server = await startTestServer();
    const response = await server.app.request('/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('allows cross-origin calls only from the configured origins', async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: 'https://app.rodnik.example' } });
    const preflight = (origin: string) =>
      server!.app.request('/api/v1/auth/sign-in', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('https://app.rodnik.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.rodnik.example');
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});
