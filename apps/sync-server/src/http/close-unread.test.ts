import { request, Agent, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningServer, type ListeningServer } from '../test-support/listening-server.ts';

let server: ListeningServer;
beforeAll(async () => {
  server = await startListeningServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
  reusedSocket: boolean;
}

/** One request on `agent`; `body` is written in 64 KiB pieces as the socket drains. */
function send(agent: Agent, method: string, path: string, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.base}${path}`, {
      method,
      agent,
      headers: body
        ? { 'content-type': 'application/json', 'content-length': String(body.length) }
        : {},
    });
    req.on('error', reject);
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    if (!body) return void req.end();
    // Like a client on a slow link: the rest of the body goes only after the answer came.
    req.write(body.subarray(0, 64 * 1024));
    req.once('response', () => req.end(body.subarray(64 * 1024)));
  });
}

describe('an early answer closes the connection', () => {
  it('answers an oversized body with 413 and Connection: close; the next request works', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const warmUp = await send(agent, 'GET', '/healthz');
      expect(warmUp.status).toBe(200);
      const tooLarge = await send(agent, 'POST', '/api/v1/auth/sign-up', Buffer.alloc(8 << 20, 32));
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers['content-type']).toMatch(/application\/json/);
      expect(JSON.parse(tooLarge.body).error.code).toBe('payload-too-large');
      expect(tooLarge.headers.connection).toBe('close');
      const next = await send(agent, 'GET', '/healthz');
      expect(next.status).toBe(200);
      expect(next.reusedSocket).toBe(false);
    } finally {
      agent.destroy();
    }
  });

  it('keeps the connection of a request whose body was read', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = Buffer.from(JSON.stringify({ login: 'nobody', password: 'wrong-password' }));
      const refused = await send(agent, 'POST', '/api/v1/auth/sign-in', body);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.headers.connection).toBe('keep-alive');
      expect((await send(agent, 'GET', '/healthz')).reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});
