/**
 * DESIGN §7 and issue 14: 10,000 live clients on 2 cores, a change reaching
 * the other devices within 100 ms at the 99th percentile. The server runs as
 * its own process (as in production); this process holds 10,000 SSE streams —
 * 1,000 families with 10 devices each — and measures, for every push, how
 * long until each device of that family hears the new checkpoint, and what
 * the server's resident memory grew by per open stream. The families'
 * parents and sessions are written into the server's SQLite file before it
 * starts (a thousand sign-ups with their codes would take minutes and measure
 * nothing here); everything measured goes through HTTP.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { hashToken } from '../apps/sync-server/src/auth/secrets.ts';
import { openSqliteStore } from '../apps/sync-server/src/store/sqlite/sqlite-store.ts';
import { childCardDoc } from '../apps/sync-server/src/test-support/child-cards.ts';

const FAMILIES = 1_000;
const DEVICES = 10;
/** Streams opened at once: a burst of thousands of connects overflows the listen backlog. */
const OPEN_AT_ONCE = 250;
const SERVER_NODE_FLAGS = ['--max-semi-space-size=64', '--import', 'tsx'];
const PORT = 18_900 + Math.floor(Math.random() * 50);
const BASE = `http://127.0.0.1:${PORT}/api/v1`;

async function json(path: string, body?: unknown, token?: string) {
  const response = await fetch(BASE + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- bench reads what came back
}

/** Parents and their sessions, written into the server's store before it starts. */
async function seedFamilies(dir: string) {
  const store = await openSqliteStore(join(dir, 'rodnik.sqlite'));
  const now = new Date().toISOString();
  const families: { token: string; familyId: string }[] = [];
  try {
    await store.transaction(async (tx) => {
      for (let i = 0; i < FAMILIES; i++) {
        const familyId = randomUUID();
        const accountId = randomUUID();
        const token = randomBytes(32).toString('base64url');
        await tx.insertFamily(familyId, now);
        await tx.insertAccount({
          id: accountId,
          familyId,
          role: 'parent',
          surname: 'Иванова',
          givenName: 'Мария',
          patronymic: null,
          phone: `+7917${String(1_000_000 + i).slice(-7)}`,
          email: `family${i}@bench.example`,
          // No sign-in happens here: the session below is the way in.
          passwordHash: 'bench:no-password',
          phoneConfirmedAt: now,
          emailConfirmedAt: now,
          createdAt: now,
          childId: null,
          login: null,
        });
        await tx.insertSession({
          tokenHash: hashToken(token),
          accountId,
          createdAt: now,
          expiresAt: '2099-01-01T00:00:00.000Z',
          revokedAt: null,
        });
        families.push({ token, familyId });
      }
    });
  } finally {
    await store.close();
  }
  return families;
}

/** The server's resident memory (Linux), in KiB. */
function residentKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

/** Opens a stream and calls `onCheckpoint` with the receive time of each checkpoint event. */
async function device(
  token: string,
  onCheckpoint: (seq: number, at: number) => void,
  signal: AbortSignal,
) {
  const response = await fetch(`${BASE}/sync/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal,
  });
  // A decoder per stream, no TransformStream: ten thousand piped streams cost this
  // process more than the server, and its delays count in every latency.
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (!data) continue;
          const event = JSON.parse(data.slice(6));
          if (event.type === 'checkpoint') onCheckpoint(event.checkpoint.seq, performance.now());
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
}

export async function benchLiveClients() {
  const dir = mkdtempSync(join(tmpdir(), 'rodnik-bench-live-'));
  const families = await seedFamilies(dir);
  // The server's own flags, as the Dockerfile's CMD starts it (its young generation: docs/decisions.md).
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'apps/sync-server/src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DEV_OUTBOX: '1',
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const abort = new AbortController();
  // Ten thousand streams listen to this one signal.
  setMaxListeners(0, abort.signal);
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`http://127.0.0.1:${PORT}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Every route warm before the streams open, so memory counts streams, not code.
    await json('/sync/children/pull?after=0&limit=1', undefined, families[0]!.token);
    const rssBeforeKiB = residentKiB(server.pid!);
    const heard = new Map<string, { seq: number; at: number }[]>();
    const opening = families.flatMap((f) =>
      Array.from({ length: DEVICES }, (_, d) => async () => {
        const key = `${f.familyId}:${d}`;
        heard.set(key, []);
        await device(f.token, (seq, at) => heard.get(key)!.push({ seq, at }), abort.signal);
      }),
    );
    for (let i = 0; i < opening.length; i += OPEN_AT_ONCE) {
      await Promise.all(opening.slice(i, i + OPEN_AT_ONCE).map((open) => open()));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rssWithStreamsKiB = residentKiB(server.pid!);
    const latencies: number[] = [];
    // This process's own delays: when they are as long as the latencies, the client is the limit.
    const clientDelay = monitorEventLoopDelay({ resolution: 5 });
    clientDelay.enable();
    for (const [index, f] of families.entries()) {
      const doc = childCardDoc(
        f.familyId,
        `0193b000-0000-7000-8000-${String(index).padStart(12, '0')}`,
      );
      const started = performance.now();
      await json('/sync/children/push', [{ newDocumentState: doc }], f.token);
      const deadline = performance.now() + 2_000;
      for (let d = 0; d < DEVICES; d++) {
        const events = heard.get(`${f.familyId}:${d}`)!;
        while (events.length === 0 && performance.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 1));
        latencies.push(events.length > 0 ? events[0]!.at - started : Infinity);
      }
    }
    clientDelay.disable();
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round(
        latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10,
      ) / 10;
    return {
      name: 'live clients: change to other devices',
      clients: FAMILIES * DEVICES,
      deliveries: latencies.length,
      missed: latencies.filter((l) => !Number.isFinite(l)).length,
      serverRssBeforeMiB: Math.round(rssBeforeKiB / 1024),
      serverRssWithStreamsMiB: Math.round(rssWithStreamsKiB / 1024),
      serverKiBPerStream:
        Math.round(((rssWithStreamsKiB - rssBeforeKiB) / (FAMILIES * DEVICES)) * 10) / 10,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: at(1),
      clientEventLoopDelayP99Ms: Math.round(clientDelay.percentile(99) / 1e5) / 10,
      loadAverage: loadavg()[0]!.toFixed(1),
      target: 'p99 ≤ 100 ms',
    };
  } finally {
    abort.abort();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
