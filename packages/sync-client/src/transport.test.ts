import { describe, expect, it } from 'vitest';
import { ApiFailure } from './api-failure.ts';
import { AuthFailure, OfflineFailure, OutdatedFailure, createTransport } from './transport.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('sync transport', () => {
  it('sends the token only in the Authorization header, with the protocol version', async () => {
    const calls: { url: string; headers: Headers }[] = [];
    const transport = createTransport({
      token: () => 'secret-token',
      isOnline: () => true,
      fetch: (input, init) => {
        calls.push({ url: String(input), headers: new Headers(init?.headers) });
        return Promise.resolve(json(200, { documents: [], checkpoint: { seq: 0 } }));
      },
    });
    await transport.request('GET', '/sync/children/pull?after=0&limit=10');
    expect(calls[0]?.url).toBe('/api/v1/sync/children/pull?after=0&limit=10');
    expect(calls[0]?.url).not.toContain('secret-token');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(calls[0]?.headers.get('x-rodnik-protocol')).toBe('1');
  });

  it('turns 401, 426, network failures and other errors into typed failures', async () => {
    const answer = (response: Response | Error) =>
      createTransport({
        token: () => 't',
        isOnline: () => true,
        fetch: () =>
          response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
      });
    await expect(
      answer(
        json(401, { error: { code: 'session-expired', message: 'м', messageEn: 'm' } }),
      ).request('GET', '/x'),
    ).rejects.toBeInstanceOf(AuthFailure);
    await expect(answer(json(426, {})).request('GET', '/x')).rejects.toBeInstanceOf(
      OutdatedFailure,
    );
    await expect(
      answer(new TypeError('Failed to fetch')).request('GET', '/x'),
    ).rejects.toBeInstanceOf(OfflineFailure);
    await expect(
      answer(
        json(422, { error: { code: 'validation-failed', message: 'м', messageEn: 'm' } }),
      ).request('POST', '/x', {}),
    ).rejects.toBeInstanceOf(ApiFailure);
  });

  it('does not touch the network while offline', async () => {
    let called = false;
    const transport = createTransport({
      token: () => 't',
      isOnline: () => false,
      fetch: () => {
        called = true;
        return Promise.resolve(json(200, {}));
      },
    });
    await expect(transport.request('GET', '/x')).rejects.toBeInstanceOf(OfflineFailure);
    expect(called).toBe(false);
  });

  it('gives up on a request with no answer (a stalled link) as if the connection dropped', async () => {
    const transport = createTransport({
      token: () => 't',
      isOnline: () => true,
      requestTimeoutMs: 50,
      // A server that never answers; only the request's own signal ends the wait.
      fetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    });
    await expect(transport.request('POST', '/sync/children/push', [])).rejects.toBeInstanceOf(
      OfflineFailure,
    );
  });
});
