import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

const get = (path: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
  server.app.request(path, {
    headers: { authorization: `Bearer ${parent.token}`, ...headers },
    signal,
  });

async function gunzipJson(response: Response): Promise<unknown> {
  return new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).json();
}

describe('compressed API answers', () => {
  it('sends a pulled page gzip-compressed to a client that accepts it, the same JSON inside', async () => {
    const cards = Array.from({ length: 20 }, () => childCardDoc(parent.familyId, newDocId()));
    const pushed = await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      cards.map((doc) => ({ newDocumentState: doc })),
      parent.token,
    );
    expect(pushed.status).toBe(200);
    const path = '/api/v1/sync/children/pull?after=0&limit=100';
    const plain = await get(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainBody = await plain.text();
    const zipped = await get(path, { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const brotli = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const zippedBytes = (await zipped.clone().arrayBuffer()).byteLength;
    expect(zippedBytes).toBeLessThan(Buffer.byteLength(plainBody) / 3);
    expect(await gunzipJson(zipped)).toEqual(JSON.parse(plainBody));
  });

  it('leaves answers under 1 KiB as they are', async () => {
    const answer = await get('/api/v1/auth/me', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-encoding')).toBeNull();
  });

  it('never compresses the live event stream: its first event arrives at once, unbuffered', async () => {
    const controller = new AbortController();
    const stream = await get(
      '/api/v1/sync/stream',
      { 'accept-encoding': 'gzip, deflate, br' },
      controller.signal,
    );
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(stream.headers.get('content-encoding')).toBeNull();
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('\n\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    // A compressor would still hold these bytes; the device hears `resync` now.
    expect(text).toMatch(/resync/);
    controller.abort();
    await reader.cancel().catch(() => undefined);
  });
});
