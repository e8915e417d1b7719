import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../main.ts');
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

export interface ServerProcess {
  readonly port: number;
  readonly base: string;
  /** SIGKILLs done so far (each followed by a start on the same port). */
  readonly kills: number;
  isUp(): boolean;
  /** SIGKILL: no shutdown, whatever was in flight is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port and waits until it answers `/readyz`. */
  start(): Promise<void>;
  /** The last lines it printed (for a report when it failed to start). */
  tail(): string;
  stop(): Promise<void>;
}

/** A port free right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * The real server (`main.ts`, as `npm start` runs it) as a child process on
 * 127.0.0.1, over the SQLite file in `dataDir` or the PostgreSQL database of
 * `databaseUrl`, with the development outbox on and no rate limits.
 */
export async function startServerProcess(options: {
  dataDir: string;
  databaseUrl?: string;
  port?: number;
  startTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  let child: ChildProcess | null = null;
  let kills = 0;
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const remember = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };

  async function start(): Promise<void> {
    const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: options.dataDir,
        DATABASE_URL: options.databaseUrl ?? '',
        DEV_OUTBOX: '1',
        RATE_LIMITS: 'off',
        REGISTRY_MODE: 'fixture',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', remember);
    proc.stderr?.on('data', remember);
    const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
    while (Date.now() < deadline) {
      if (proc.exitCode !== null || proc.signalCode !== null) break;
      const ready = await fetch(`${base}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server on ${base} did not start:\n${lines.join('\n')}`);
  }

  async function kill(): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((done) => proc.once('exit', done));
    proc.kill('SIGKILL');
    await exited;
  }

  await start();
  return {
    port,
    base,
    get kills() {
      return kills;
    },
    isUp: () => child !== null && child.exitCode === null && child.signalCode === null,
    async kill() {
      kills += 1;
      await kill();
    },
    start,
    tail: () => lines.join('\n'),
    async stop() {
      await kill();
      process.removeListener('exit', killOnExit);
    },
  };
}
