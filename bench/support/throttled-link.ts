import { createConnection, createServer, type Socket } from 'node:net';

/**
 * One direction of an emulated link: bytes leave one after another at the
 * link's rate (every connection shares it, as on one phone's radio) and
 * arrive half a round trip later.
 */
class Direction {
  private freeAt = 0;
  bytes = 0;

  constructor(
    private readonly bitsPerSecond: number,
    private readonly delayMs: number,
  ) {}

  /** When a chunk put on the link now (not before `notBefore`) has fully arrived. */
  arrival(size: number, notBefore: number): number {
    const start = Math.max(performance.now(), this.freeAt, notBefore);
    this.freeAt = start + (size * 8 * 1000) / this.bitsPerSecond;
    this.bytes += size;
    return this.freeAt + this.delayMs;
  }
}

export interface LinkProfile {
  downKbit: number;
  upKbit: number;
  rttMs: number;
}

/** The 2G link: 250 kbit/s down, 100 kbit/s up, 300 ms round trip. */
export const SLOW_2G: LinkProfile = { downKbit: 250, upKbit: 100, rttMs: 300 };

export interface ThrottledLink {
  /** `http://127.0.0.1:<port>`: the server as a phone on this link reaches it. */
  base: string;
  /** Bytes that crossed the link each way (HTTP headers included). */
  counts(): { up: number; down: number; connections: number };
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of `target` that behaves like a slow
 * mobile link: a new connection costs one round trip before its first byte
 * (the TCP handshake), every byte waits its turn at the link's rate and half
 * a round trip of latency. Deterministic: no loss, no jitter, timers only.
 */
export async function startThrottledLink(
  target: { host: string; port: number },
  profile: LinkProfile,
): Promise<ThrottledLink> {
  const down = new Direction(profile.downKbit * 1000, profile.rttMs / 2);
  const up = new Direction(profile.upKbit * 1000, profile.rttMs / 2);
  const sockets = new Set<Socket>();
  let connections = 0;

  /** Forwards `from` → `to` over one direction of the link, in order. */
  const pipe = (from: Socket, to: Socket, direction: Direction, notBefore: number) => {
    let lastArrival = 0;
    let ended = false;
    let pending = 0;
    from.on('data', (chunk: Buffer) => {
      const arrival = Math.max(direction.arrival(chunk.length, notBefore), lastArrival);
      lastArrival = arrival;
      pending += 1;
      setTimeout(
        () => {
          pending -= 1;
          if (!to.destroyed) to.write(chunk);
          if (ended && pending === 0) to.end();
        },
        Math.max(0, arrival - performance.now()),
      );
    });
    from.on('end', () => {
      ended = true;
      if (pending === 0) to.end();
    });
  };

  const server = createServer((client) => {
    connections += 1;
    // The handshake: the first request byte can leave only a round trip after the connect.
    const open = performance.now() + profile.rttMs;
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    pipe(client, upstream, up, open);
    pipe(upstream, client, down, 0);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}`,
    counts: () => ({ up: up.bytes, down: down.bytes, connections }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}
