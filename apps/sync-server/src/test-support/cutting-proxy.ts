import { createServer, connect, type Server, type Socket } from 'node:net';

export interface CuttingProxy {
  port: number;
  /** Bytes passed from clients to the server, in all. */
  readonly upstreamBytes: number;
  /** Connections the proxy cut. */
  readonly cuts: number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a server that drops every connection once
 * `cutAfterBytes` have gone upstream on it: a flaky rural link, for real
 * sockets, so resumable uploads are tested the way they fail.
 */
export async function startCuttingProxy(options: {
  target: { host: string; port: number };
  cutAfterBytes: number;
}): Promise<CuttingProxy> {
  let upstreamBytes = 0;
  let cuts = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(options.target.port, options.target.host);
    sockets.add(client).add(upstream);
    let passed = 0;
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (data: Buffer) => {
      const room = options.cutAfterBytes - passed;
      if (room <= 0) return;
      const part = data.length > room ? data.subarray(0, room) : data;
      passed += part.length;
      upstreamBytes += part.length;
      upstream.write(part);
      if (passed >= options.cutAfterBytes) {
        cuts += 1;
        // Let what was written reach the server before the link goes down.
        upstream.end(() => cut());
        setTimeout(cut, 50).unref();
      }
    });
    upstream.on('data', (data: Buffer) => client.write(data));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as { port: number }).port,
    get upstreamBytes() {
      return upstreamBytes;
    },
    get cuts() {
      return cuts;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}
