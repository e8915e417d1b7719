import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { clientAddress } from './rate-limit.ts';

/** What `clientAddress` makes of a request that came through the socket of `peer`. */
async function addressSeen(trustProxy: string, peer: string, forwardedFor?: string) {
  const trust = parseConfig({ TRUST_PROXY: trustProxy }).TRUST_PROXY;
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, trust)));
  const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  const response = await app.request(
    '/',
    { headers },
    { incoming: { socket: { remoteAddress: peer } } },
  );
  return response.text();
}

describe('the client address the limits count', () => {
  it('is the address the last trusted hop saw, never one the client wrote itself', async () => {
    // No TRUST_PROXY: the socket peer, whatever X-Forwarded-For claims.
    expect(await addressSeen('0', '10.0.0.5', '203.0.113.9')).toBe('10.0.0.5');
    // One proxy: it appended the client it saw; «6.6.6.6» is the client's own forgery.
    expect(await addressSeen('1', '10.0.0.5', '6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(await addressSeen('2', '10.0.0.5', '6.6.6.6, 203.0.113.9, 10.0.0.9')).toBe(
      '203.0.113.9',
    );
    // A request that bypassed the proxy has no header: its own peer it is.
    expect(await addressSeen('1', '198.51.100.4')).toBe('198.51.100.4');
  });

  it('walks back over the listed proxies only', async () => {
    const proxies = '10.0.0.5, 10.0.0.9';
    expect(await addressSeen(proxies, '::ffff:10.0.0.5', '6.6.6.6, 203.0.113.9, 10.0.0.9')).toBe(
      '203.0.113.9',
    );
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect(await addressSeen(proxies, '198.51.100.4', '203.0.113.9')).toBe('198.51.100.4');
  });
});

describe('the address limits behind a reverse proxy', () => {
  /** 25 sign-in tries of one client through the proxy, then the status one try of another gets. */
  async function secondClientAfterFirstSpent(env: Record<string, string>): Promise<number> {
    const server: TestServer = await startTestServer({ env: { RATE_LIMITS: 'on', ...env } });
    try {
      const from = (client: string, n: number) =>
        server.app.request(
          '/api/v1/auth/sign-in',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
            // A new unknown login each time, so the per-login throttle is not what answers.
            body: JSON.stringify({ login: `nobody${n}@example.ru`, password: 'Wrong-pass1!' }),
          },
          { incoming: { socket: { remoteAddress: '10.0.0.5' } } },
        );
      const first: number[] = [];
      for (let n = 0; n < 25; n++) first.push((await from('203.0.113.1', n)).status);
      expect(first.at(-1)).toBe(429);
      return (await from('203.0.113.2', 99)).status;
    } finally {
      await server.close();
    }
  }

  it('give each client its own budget with TRUST_PROXY=1, and share the proxy address without it', async () => {
    expect(await secondClientAfterFirstSpent({ TRUST_PROXY: '1' })).toBe(401);
    expect(await secondClientAfterFirstSpent({})).toBe(429);
  });
});
