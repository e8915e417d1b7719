import { describe, expect, it } from 'vitest';
import { ApiFailure } from './api/api-failure.ts';
import { AuthFailure, OfflineFailure, OutdatedFailure, createTransport } from './transport.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Node's Request needs an absolute URL; a browser resolves the page's own origin. */
const baseUrl = 'http://rodnik.test';

describe('sync transport', () => {
  it('sends the token only in the Authorization header, with the protocol version', async () => {
    const calls: { url: string; method: string; headers: Headers; body: unknown }[] = [];
    const transport = createTransport({
      baseUrl,
      token: () => 'secret-token',
      isOnline: () => true,
      fetch: (input, init) => {
        calls.push({
          url: String(input),
          method: init?.method ?? 'GET',
          headers: new Headers(init?.headers),
          body: init?.body,
        });
        return Promise.resolve(
          String(input).endsWith('/push')
            ? json(200, [])
            : json(200, { documents: [], checkpoint: { seq: 0 } }),
        );
      },
    });
    await transport.pull('children', 0, 10);
    expect(calls[0]?.url).toBe(`${baseUrl}/api/v1/sync/children/pull?after=0&limit=10`);
    expect(calls[0]?.url).not.toContain('secret-token');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(calls[0]?.headers.get('x-rodnik-protocol')).toBe('1');

    await transport.push('links', [{ newDocumentState: { id: 'l1' } }]);
    expect(calls[1]).toMatchObject({ url: `${baseUrl}/api/v1/sync/links/push`, method: 'POST' });
    expect(JSON.parse(String(calls[1]?.body))).toEqual([{ newDocumentState: { id: 'l1' } }]);
    expect(calls[1]?.headers.get('content-type')).toBe('application/json');
  });

  it('turns 401, 426, network failures and other errors into typed failures', async () => {
    const answer = (response: Response | Error) =>
      createTransport({
        baseUrl,
        token: () => 't',
        isOnline: () => true,
        fetch: () =>
          response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
      });
    const expired = answer(
      json(401, { error: { code: 'session-expired', message: 'м', messageEn: 'm' } }),
    ).pull('children', 0, 1);
    await expect(expired).rejects.toBeInstanceOf(AuthFailure);
    await expect(expired).rejects.toMatchObject({ code: 'session-expired' });
    await expect(answer(json(426, {})).pull('children', 0, 1)).rejects.toBeInstanceOf(
      OutdatedFailure,
    );
    await expect(
      answer(new TypeError('Failed to fetch')).pull('children', 0, 1),
    ).rejects.toBeInstanceOf(OfflineFailure);
    await expect(
      answer(
        json(422, { error: { code: 'validation-failed', message: 'м', messageEn: 'm' } }),
      ).push('children', []),
    ).rejects.toBeInstanceOf(ApiFailure);
  });

  it('does not touch the network while offline, nor without a session', async () => {
    let called = false;
    const options = {
      baseUrl,
      fetch: () => {
        called = true;
        return Promise.resolve(json(200, {}));
      },
    };
    const offline = createTransport({ ...options, token: () => 't', isOnline: () => false });
    await expect(offline.pull('children', 0, 1)).rejects.toBeInstanceOf(OfflineFailure);
    const signedOut = createTransport({ ...options, token: () => null, isOnline: () => true });
    await expect(signedOut.push('children', [])).rejects.toBeInstanceOf(AuthFailure);
    expect(called).toBe(false);
  });

  it('gives up on a request with no answer (a stalled link) as if the connection dropped', async () => {
    const transport = createTransport({
      baseUrl,
      token: () => 't',
      isOnline: () => true,
      requestTimeoutMs: 50,
      // A server that never answers; only the request's own signal ends the wait.
      fetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    });
    await expect(transport.push('children', [])).rejects.toBeInstanceOf(OfflineFailure);
  });

  it('treats an answer cut halfway as no answer', async () => {
    const cut = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"documents":['));
        controller.error(new TypeError('terminated'));
      },
    });
    const transport = createTransport({
      baseUrl,
      token: () => 't',
      isOnline: () => true,
      fetch: () => Promise.resolve(new Response(cut, { status: 200 })),
    });
    await expect(transport.pull('children', 0, 1)).rejects.toBeInstanceOf(OfflineFailure);
  });
});
