/**
 * DESIGN §7: 1,000 live clients on 2 cores, a change reaching the other
 * devices within 100 ms at the 99th percentile. The server runs as its own
 * process (as in production); this process holds 1,000 SSE streams —
 * 100 families with 10 devices each — and measures, for every push, how long
 * until each device of that family hears the new checkpoint.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childCardDoc } from '../apps/sync-server/src/test-support/child-cards.ts';

const FAMILIES = 100;
const DEVICES = 10;
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

async function code(to: string, purpose: string): Promise<string> {
  const { messages } = await json('/dev/outbox');
  const message = messages.find(
    (m: { to: string; purpose: string }) => m.to === to && m.purpose === purpose,
  );
  return /\d{6}/.exec(message.text)![0];
}

async function family(index: number) {
  const phone = `+7917${String(1_000_000 + index).slice(-7)}`;
  const email = `family${index}@bench.example`;
  await json('/auth/sign-up', {
    surname: 'Иванова',
    givenName: 'Мария',
    phone,
    email,
    password: 'Rodnik-2026!',
  });
  await json('/auth/confirm', {
    login: phone,
    channel: 'phone',
    code: await code(phone, 'confirm-phone'),
  });
  await json('/auth/sign-in', { login: phone, password: 'Rodnik-2026!' });
  const session = await json('/auth/sign-in/verify', {
    login: phone,
    code: await code(phone, 'sign-in'),
  });
  return { token: session.token as string, familyId: session.account.familyId as string };
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
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
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
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/sync-server/src/main.ts'], {
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
    const families = [];
    for (let i = 0; i < FAMILIES; i++) families.push(await family(i));
    const heard = new Map<string, { seq: number; at: number }[]>();
    await Promise.all(
      families.flatMap((f) =>
        Array.from({ length: DEVICES }, async (_, d) => {
          const key = `${f.familyId}:${d}`;
          heard.set(key, []);
          await device(f.token, (seq, at) => heard.get(key)!.push({ seq, at }), abort.signal);
        }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const latencies: number[] = [];
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
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: at(1),
      target: 'p99 ≤ 100 ms',
    };
  } finally {
    abort.abort();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
