import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '@rodnik/domain';
import type { Doc } from './device.ts';
import type { NewWrite } from './write-log.ts';

/**
 * The devices live in child processes, two per process: open-source RxDB
 * allows 16 open collections per JavaScript realm, and a family database
 * has six. The run talks to them with these messages.
 */

type Range = { min: number; max: number };

export interface HostedDevice {
  name: string;
  family: number;
  familyId: string;
  accountId: string;
  token: string;
  baseUrl: string;
  writeSeed: number;
  networkSeed: number;
}

export interface HostSettings {
  retryTime: number;
  maxRetryTime: number;
  onlineMs: Range;
  offlineMs: Range;
  writeEveryMs: Range;
  stampSlot: number;
  stampSlots: number;
}

export interface DeviceSnapshot {
  name: string;
  family: number;
  familyId: string;
  pending: number;
  /** When the device last asked for the live stream (ms). */
  lastStreamRequestAt: number;
  streamOpen: boolean;
  /** Requests still waiting for an answer. */
  waiting: string[];
  errors: [message: string, count: number][];
  /** Every live document, and the ids asked for even when deleted. */
  docs: Partial<Record<CollectionName, Doc[]>>;
}

export type ToHost =
  | { type: 'start'; devices: HostedDevice[]; settings: HostSettings }
  | { type: 'chaos' }
  | { type: 'calm' }
  | { type: 'snapshot'; id: number; ids: Record<number, Partial<Record<CollectionName, string[]>>> }
  | { type: 'stop' };

export type FromHost =
  | { type: 'ready' }
  | { type: 'write'; write: NewWrite & { at: number } }
  | { type: 'offline' }
  | { type: 'calm-done' }
  | { type: 'snapshot'; id: number; devices: DeviceSnapshot[] }
  | { type: 'stopped' }
  | { type: 'failed'; message: string };

const HOST = fileURLToPath(new URL('./device-host.ts', import.meta.url));
export const DEVICES_PER_HOST = 2;

export interface DeviceFleet {
  /** Writes and network flaps begin. */
  unleash(): void;
  /** Writers and flappers stop; every device goes online. */
  calm(): Promise<void>;
  snapshot(
    ids: Record<number, Partial<Record<CollectionName, string[]>>>,
  ): Promise<DeviceSnapshot[]>;
  readonly offlineSpells: number;
  stop(): Promise<void>;
}

/** Starts the devices, `DEVICES_PER_HOST` per child process; `onWrite` hears every write. */
export async function startDeviceFleet(
  devices: HostedDevice[],
  settings: Omit<HostSettings, 'stampSlot' | 'stampSlots'>,
  onWrite: (write: NewWrite & { at: number }) => void,
): Promise<DeviceFleet> {
  const groups: HostedDevice[][] = [];
  for (let i = 0; i < devices.length; i += DEVICES_PER_HOST) {
    groups.push(devices.slice(i, i + DEVICES_PER_HOST));
  }
  const hosts: ChildProcess[] = [];
  const waiting = new Map<
    ChildProcess,
    { type: string; resolve: (m: FromHost) => void; reject: (e: Error) => void }[]
  >();
  let offlineSpells = 0;
  let failure: string | null = null;
  const killAll = () => hosts.forEach((h) => h.kill('SIGKILL'));
  process.once('exit', killAll);

  function expect(host: ChildProcess, type: string): Promise<FromHost> {
    return new Promise((resolve, reject) => {
      if (failure) return reject(new Error(failure));
      const list = waiting.get(host) ?? [];
      list.push({ type, resolve, reject });
      waiting.set(host, list);
      host.once('exit', () =>
        reject(new Error(failure ?? `a device host exited while awaiting ${type}`)),
      );
    });
  }

  for (const [slot, group] of groups.entries()) {
    const host = fork(HOST, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    hosts.push(host);
    host.on('message', (message: FromHost) => {
      if (message.type === 'write') return onWrite(message.write);
      if (message.type === 'offline') return void (offlineSpells += 1);
      const list = waiting.get(host) ?? [];
      if (message.type === 'failed') {
        failure = `device host: ${message.message}`;
        for (const waiter of list.splice(0)) waiter.reject(new Error(failure));
        return;
      }
      const index = list.findIndex((w) => w.type === message.type);
      if (index >= 0) list.splice(index, 1)[0]!.resolve(message);
    });
    const ready = expect(host, 'ready');
    const start: ToHost = {
      type: 'start',
      devices: group,
      settings: { ...settings, stampSlot: slot, stampSlots: groups.length },
    };
    host.send(start);
    await ready;
  }

  const all = async (message: ToHost, answer: string) => {
    const answers = hosts.map((h) => expect(h, answer));
    for (const host of hosts) host.send(message);
    return Promise.all(answers);
  };

  let nextId = 0;
  return {
    unleash() {
      for (const host of hosts) host.send({ type: 'chaos' } satisfies ToHost);
    },
    async calm() {
      await all({ type: 'calm' }, 'calm-done');
    },
    async snapshot(ids) {
      const answers = await all({ type: 'snapshot', id: (nextId += 1), ids }, 'snapshot');
      return answers.flatMap((a) => (a.type === 'snapshot' ? a.devices : []));
    },
    get offlineSpells() {
      return offlineSpells;
    },
    async stop() {
      await Promise.race([
        all({ type: 'stop' }, 'stopped').catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]);
      killAll();
      process.removeListener('exit', killAll);
    },
  };
}
