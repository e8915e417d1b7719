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
    let cut = false;
    client.on('data', (data: Buffer) => {
      const room = options.cutAfterBytes - passed;
      if (room <= 0) return;
      const part = data.length > room ? data.subarray(0, room) : data;
      passed += part.length;
      upstreamBytes += part.length;
      upstream.write(part);
      if (passed >= options.cutAfterBytes) {
        cuts += 1;
        cut = true;
        // The client loses the link at once; what it sent still reaches the
        // server, then the end of the stream. No timer: under load a timer
        // would cut those bytes short and the test would measure the machine.
        client.destroy();
        upstream.end();
      }
    });
    upstream.on('data', (data: Buffer) => {
      if (!client.destroyed) client.write(data);
    });
    client.on('close', () => {
      if (!cut) upstream.destroy();
    });
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

/** What the chaos proxy does with one request on a connection. */
export type RequestFate = 'pass' | 'cut' | 'drop-answer' | 'stall';

export interface ChaosProxyCounts {
  connections: number;
  requests: number;
  /** Cut while the request or its answer was on the wire. */
  cut: number;
  /** The request reached the server, the answer was dropped and the link cut. */
  droppedAnswers: number;
  stalled: number;
  /** The server was down: the connection was refused upstream. */
  refused: number;
}

export interface ChaosProxy {
  port: number;
  readonly counts: ChaosProxyCounts;
  /** A clean link lets everything through and releases what is stalled (the calm). */
  setClean(clean: boolean): void;
  close(): Promise<void>;
}

export interface ChaosProxyOptions {
  target: { host: string; port: number };
  /** Decides each request's fate (a request starts when the client speaks after an answer). */
  fate: () => RequestFate;
  /** A number in [0, 1) for the proxy's own choices (how far a cut goes, how long a stall). */
  random: () => number;
  /** A cut during the exchange happens within this many ms of the request. */
  maxCutDelayMs?: number;
  stallMs?: { min: number; max: number };
}

/**
 * A TCP proxy that makes a rural link of every connection through it, one
 * request at a time (HTTP keep-alive carries many): some are cut mid-way,
 * some reach the server and lose the answer (committed, never acknowledged —
 * what makes a device replay a push), some stall for seconds. The live
 * stream goes through it too. The server behind it may be killed and come
 * back on the same port; the proxy keeps listening.
 */
export async function startChaosProxy(options: ChaosProxyOptions): Promise<ChaosProxy> {
  const counts: ChaosProxyCounts = {
    connections: 0,
    requests: 0,
    cut: 0,
    droppedAnswers: 0,
    stalled: 0,
    refused: 0,
  };
  const maxCutDelayMs = options.maxCutDelayMs ?? 3_000;
  const stallMs = options.stallMs ?? { min: 1_000, max: 6_000 };
  let clean = false;
  const sockets = new Set<Socket>();
  const releases = new Set<() => void>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server: Server = createServer((client) => {
    counts.connections += 1;
    const upstream = connect(options.target.port, options.target.host);
    sockets.add(client).add(upstream);
    let connected = false;
    upstream.once('connect', () => (connected = true));
    let answering = true; // the last bytes went server → client: the next client bytes start a request
    let fate: RequestFate = 'pass';
    let held: Buffer[] | null = null;
    let closed = false;
    const cut = () => {
      if (closed) return;
      closed = true;
      client.destroy();
      upstream.destroy();
    };

    client.on('data', (data: Buffer) => {
      if (closed) return;
      if (answering) {
        answering = false;
        counts.requests += 1;
        fate = clean ? 'pass' : options.fate();
        if (fate === 'cut') {
          counts.cut += 1;
          if (options.random() < 0.5) {
            // Cut while the request is still going up: a random prefix reaches the server.
            upstream.write(data.subarray(0, Math.floor(options.random() * data.length)));
            later(20, cut);
            return;
          }
          // Cut a little later, whatever is on the wire by then (a long stream, an answer).
          later(Math.floor(options.random() * maxCutDelayMs), () => {
            if (!clean) cut();
          });
        } else if (fate === 'drop-answer') {
          counts.droppedAnswers += 1;
        } else if (fate === 'stall') {
          counts.stalled += 1;
          held = [];
          const release = () => {
            releases.delete(release);
            const chunks = held ?? [];
            held = null;
            if (!closed) for (const chunk of chunks) upstream.write(chunk);
          };
          releases.add(release);
          later(stallMs.min + Math.floor(options.random() * (stallMs.max - stallMs.min)), release);
        }
      }
      if (held) held.push(data);
      else upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => {
      if (closed) return;
      if (fate === 'drop-answer' && !clean) {
        // The server has answered, so what the request changed is committed; the device never hears it.
        cut();
        return;
      }
      answering = true;
      client.write(data);
    });
    upstream.on('error', () => {
      if (!connected) counts.refused += 1;
      cut();
    });
    client.on('error', cut);
    client.on('close', () => {
      sockets.delete(client);
      cut();
    });
    upstream.on('close', () => {
      sockets.delete(upstream);
      cut();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as { port: number }).port,
    counts,
    setClean(value) {
      clean = value;
      if (value) for (const release of [...releases]) release();
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}
