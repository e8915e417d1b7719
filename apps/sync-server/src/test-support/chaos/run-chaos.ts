import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChaosProxy, type ChaosProxy, type RequestFate } from '../cutting-proxy.ts';
import { signIn, signUpFamily, type Family, type Session } from './accounts.ts';
import { divergences, idsOf, leaks, pullFamily, type Divergence } from './convergence.ts';
import {
  startDeviceFleet,
  type DeviceFleet,
  type DeviceSnapshot,
  type HostedDevice,
} from './device-fleet.ts';
import { accountWrites, type Accounting, type FamilyDocs } from './oracle.ts';
import { Prng } from './prng.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { WriteLog } from './write-log.ts';
import { pause } from './pause.ts';

type Range = { min: number; max: number };

export interface ChaosOptions {
  seed: number;
  store: 'sqlite' | 'postgres';
  /** Required for `postgres`: two server instances share this database. */
  databaseUrl?: string;
  families: number;
  devicesPerFamily: number;
  /** How long the chaos lasts; the calm and the checks come after. */
  seconds: number;
  /** Time from one SIGKILL to the next. */
  restartEveryMs?: Range;
  /** Online spells between offline ones, and how long a device stays offline. */
  onlineMs?: Range;
  offlineMs?: Range;
  /** Share of requests the proxy cuts, answers into the void, stalls. */
  fates?: { cut: number; dropAnswer: number; stall: number };
  /** Pause between two writes of one device. */
  writeEveryMs?: Range;
  /** How long the calm may take before the run counts as not converged. */
  convergeTimeoutMs?: number;
  retryTime?: number;
  maxRetryTime?: number;
  log?: (line: string) => void;
}

export interface ChaosReport {
  store: string;
  seed: number;
  families: number;
  devices: number;
  seconds: number;
  restarts: number;
  converged: boolean;
  timeToConvergeMs: number | null;
  writes: number;
  lost: number;
  duplicated: number;
  resurrected: number;
  ignoredDeletes: number;
  leaks: number;
  lostCreations: number;
  lostRestores: number;
  /** Losing values dropped by the per-field bound (20): typed and gone, by design. */
  evictedByCap: number;
  divergentDocuments: number;
  pendingLeft: number;
  byKind: Accounting['byKind'];
  outcomes: Accounting['outcomes'];
  proxy: ChaosProxy['counts'];
  offlineSpells: number;
  deviceErrors: Record<string, number>;
  examples: Accounting['examples'] & { divergent: unknown[]; pending: unknown[]; leaks: string[] };
}

const DEFAULTS = {
  restartEveryMs: { min: 9_000, max: 15_000 },
  onlineMs: { min: 3_000, max: 15_000 },
  offlineMs: { min: 1_000, max: 8_000 },
  fates: { cut: 0.15, dropAnswer: 0.08, stall: 0.1 },
  writeEveryMs: { min: 300, max: 1_500 },
  convergeTimeoutMs: 60_000,
  retryTime: 1_000,
  maxRetryTime: 10_000,
};

/**
 * A seeded chaos run (issue 11): real server processes (SQLite, or two on one
 * PostgreSQL), a chaos proxy in front of each, families of devices running
 * the shipped sync code and writing the way the app does, devices dropping
 * offline and the server SIGKILLed and restarted — then a calm, and the
 * oracle: convergence, every write accounted for, duplicates, resurrections,
 * ignored deletions, leaks. Everything it starts it stops.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const o = { ...DEFAULTS, ...options };
  const say = o.log ?? (() => undefined);
  const prng = new Prng(o.seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'rodnik-chaos-'));
  const servers: ServerProcess[] = [];
  const proxies: ChaosProxy[] = [];
  let fleet: DeviceFleet | null = null;
  try {
    if (o.store === 'postgres' && !o.databaseUrl) throw new Error('postgres needs databaseUrl');
    const instances = o.store === 'postgres' ? 2 : 1;
    for (let i = 0; i < instances; i += 1) {
      // Sequentially: the first one migrates the database.
      servers.push(await startServerProcess({ dataDir, databaseUrl: o.databaseUrl }));
    }
    for (const [i, server] of servers.entries()) {
      const fates = prng.fork(`proxy-${i}`);
      proxies.push(
        await startChaosProxy({
          target: { host: '127.0.0.1', port: server.port },
          fate: () =>
            fates.weighted<RequestFate>({
              cut: o.fates.cut,
              'drop-answer': o.fates.dropAnswer,
              stall: o.fates.stall,
              pass: 1 - o.fates.cut - o.fates.dropAnswer - o.fates.stall,
            }),
          random: () => fates.next(),
        }),
      );
    }
    say(`servers up on ${servers.map((s) => s.port).join(', ')}`);

    // Accounts through the real API, on the servers directly (the chaos is for sync).
    const nonce = Date.now() % 1_000_000;
    const families: Family[] = [];
    const sessions = new Map<number, Session[]>();
    for (let f = 0; f < o.families; f += 1) {
      const family = await signUpFamily(servers[0]!.base, nonce, f);
      families.push(family);
      const list: Session[] = [];
      for (let d = 0; d < o.devicesPerFamily; d += 1)
        list.push(await signIn(servers[0]!.base, family.phone));
      sessions.set(f, list);
    }
    const hosted: HostedDevice[] = [];
    for (const family of families) {
      for (const [d, session] of sessions.get(family.index)!.entries()) {
        const proxy = proxies[hosted.length % proxies.length]!;
        const name = `f${family.index}d${d}`;
        hosted.push({
          name,
          family: family.index,
          familyId: family.familyId,
          accountId: session.accountId,
          token: session.token,
          baseUrl: `http://127.0.0.1:${proxy.port}`,
          writeSeed: prng.forkSeed(`writes-${name}`),
          networkSeed: prng.forkSeed(`network-${name}`),
        });
      }
    }
    const log = new WriteLog();
    fleet = await startDeviceFleet(
      hosted,
      {
        retryTime: o.retryTime,
        maxRetryTime: o.maxRetryTime,
        onlineMs: o.onlineMs,
        offlineMs: o.offlineMs,
        writeEveryMs: o.writeEveryMs,
      },
      (write) => log.record(write),
    );
    say(`${hosted.length} devices in ${families.length} families; chaos for ${o.seconds} s`);

    // --- chaos ---------------------------------------------------------------
    const deadline = Date.now() + o.seconds * 1_000;
    let restarts = 0;
    fleet.unleash();
    const when = prng.fork('restarts');
    for (
      let next = Date.now() + when.int(o.restartEveryMs.min, o.restartEveryMs.max);
      next < deadline;
    ) {
      await pause(next - Date.now());
      next += when.int(o.restartEveryMs.min, o.restartEveryMs.max);
      const server = servers[when.int(0, servers.length - 1)]!;
      await server.kill();
      await server.start();
      restarts += 1;
      say(`restart ${restarts} (port ${server.port})`);
    }
    await pause(deadline - Date.now());

    // --- calm: every device online, a clean link, every server up ------------
    await fleet.calm();
    for (const proxy of proxies) proxy.setClean(true);
    for (const server of servers) if (!server.isUp()) await server.start();
    const calmAt = Date.now();
    say(`calm after ${log.writes.length} writes and ${restarts} restarts`);

    const tokenOf = new Map(families.map((f) => [f.index, sessions.get(f.index)![0]!.token]));
    const pullAll = async () => {
      const all = new Map<number, FamilyDocs>();
      for (const family of families) {
        all.set(family.index, await pullFamily(servers[0]!.base, tokenOf.get(family.index)!));
      }
      return all;
    };
    let server = await pullAll();
    let snapshots: DeviceSnapshot[] = [];
    let divergent: Divergence[] = [];
    let converged = false;
    let timeToConvergeMs: number | null = null;
    let lastSaid = calmAt;
    for (;;) {
      server = await pullAll();
      // The devices are compared as they were when asked (the snapshot of ten processes takes a while).
      const askedAt = Date.now();
      snapshots = await fleet.snapshot(idsOf(server));
      divergent = snapshots.flatMap((d) => divergences(d, server.get(d.family)!));
      const pending = snapshots.reduce((sum, d) => sum + d.pending, 0);
      if (divergent.length === 0 && pending === 0) {
        converged = true;
        timeToConvergeMs = askedAt - calmAt;
        break;
      }
      if (Date.now() - calmAt > o.convergeTimeoutMs) break;
      if (Date.now() - lastSaid > 2_000) {
        lastSaid = Date.now();
        const kinds = divergent.map((d) => `${d.kind} ${d.collection}`);
        // A device that is behind and has not asked for its stream lately is waiting out a back-off.
        const behind = [...new Set(divergent.map((d) => d.device))].map((name) => {
          const device = snapshots.find((d) => d.name === name);
          const asked = Math.round((lastSaid - (device?.lastStreamRequestAt ?? 0)) / 1000);
          const pending = device?.pending ? `, ${device.pending} pending` : '';
          const waiting = device?.waiting.length ? `, waiting: ${device.waiting.join('; ')}` : '';
          return `${name} (stream ${device?.streamOpen ? 'open' : 'closed'}, asked ${asked} s ago${pending}${waiting})`;
        });
        say(
          `calm +${lastSaid - calmAt} ms: ${divergent.length} differ (${[...new Set(kinds)].join(', ')}), ${pending} pending; behind: ${behind.join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    say(
      converged
        ? `converged in ${timeToConvergeMs} ms`
        : `not converged in ${o.convergeTimeoutMs} ms`,
    );

    // --- the oracle ----------------------------------------------------------------
    const accounting = accountWrites(log.writes, server);
    const leaked = leaks(snapshots, server);
    const deviceErrors: Record<string, number> = {};
    for (const device of snapshots) {
      for (const [message, n] of device.errors)
        deviceErrors[message] = (deviceErrors[message] ?? 0) + n;
    }
    const stuck = snapshots
      .filter((d) => d.pending > 0)
      .map((d) => ({ device: d.name, pending: d.pending }));
    return {
      store: o.store,
      seed: o.seed,
      families: o.families,
      devices: hosted.length,
      seconds: o.seconds,
      restarts,
      converged,
      timeToConvergeMs,
      writes: accounting.writes,
      lost: accounting.lost,
      duplicated: accounting.duplicated,
      resurrected: accounting.resurrected,
      ignoredDeletes: accounting.ignoredDeletes,
      leaks: leaked.length,
      lostCreations: accounting.lostCreations,
      lostRestores: accounting.lostRestores,
      evictedByCap: accounting.outcomes.evictedByCap,
      divergentDocuments: new Set(divergent.map((d) => `${d.collection}/${d.id}`)).size,
      pendingLeft: stuck.reduce((sum, s) => sum + s.pending, 0),
      byKind: accounting.byKind,
      outcomes: accounting.outcomes,
      proxy: proxies.reduce((sum, p) => addCounts(sum, p.counts), emptyCounts()),
      offlineSpells: fleet.offlineSpells,
      deviceErrors,
      examples: {
        ...accounting.examples,
        divergent: divergent.slice(0, 6),
        pending: stuck.slice(0, 6),
        leaks: leaked.slice(0, 6),
      },
    };
  } finally {
    await fleet?.stop();
    await Promise.allSettled(proxies.map((p) => p.close()));
    await Promise.allSettled(servers.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function emptyCounts(): ChaosProxy['counts'] {
  return { connections: 0, requests: 0, cut: 0, droppedAnswers: 0, stalled: 0, refused: 0 };
}

function addCounts(a: ChaosProxy['counts'], b: ChaosProxy['counts']): ChaosProxy['counts'] {
  return {
    connections: a.connections + b.connections,
    requests: a.requests + b.requests,
    cut: a.cut + b.cut,
    droppedAnswers: a.droppedAnswers + b.droppedAnswers,
    stalled: a.stalled + b.stalled,
    refused: a.refused + b.refused,
  };
}
