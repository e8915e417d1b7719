/**
 * A child process holding a few chaos devices (see device-fleet.ts): it
 * starts them, runs their writes and network flaps between `chaos` and
 * `calm`, answers snapshots, and exits when told or when the run is gone.
 */
import { COLLECTION_NAMES, type CollectionName } from '@rodnik/domain';
import { startSyncDevice, type SyncDevice, type Doc } from './device.ts';
import type {
  DeviceSnapshot,
  FromHost,
  HostedDevice,
  HostSettings,
  ToHost,
} from './device-fleet.ts';
import { Prng } from './prng.ts';
import { deviceWriter } from './workload.ts';
import { uniqueStamps, type WriteSink } from './write-log.ts';
import { pause } from './pause.ts';

const send = (message: FromHost) => process.send?.(message);
const devices: { spec: HostedDevice; device: SyncDevice }[] = [];
let settings: HostSettings;
let chaos = new AbortController();
let loops: Promise<void>[] = [];

async function start(list: HostedDevice[], given: HostSettings): Promise<void> {
  settings = given;
  for (const spec of list) {
    const device = await startSyncDevice({
      ...spec,
      retryTime: given.retryTime,
      maxRetryTime: given.maxRetryTime,
    });
    devices.push({ spec, device });
  }
  send({ type: 'ready' });
}

function unleash(): void {
  chaos = new AbortController();
  const stop = chaos.signal;
  const stamp = uniqueStamps(settings.stampSlot, settings.stampSlots);
  const sink: WriteSink = {
    add: (write) => send({ type: 'write', write: { ...write, at: Date.now() } }),
    uniqueStamp: stamp,
  };
  loops = devices.flatMap(({ spec, device }) => {
    const writes = new Prng(spec.writeSeed);
    const network = new Prng(spec.networkSeed);
    const act = deviceWriter(device, writes, sink);
    const { onlineMs, offlineMs, writeEveryMs } = settings;
    return [
      (async () => {
        while (!stop.aborted) {
          await pause(writes.int(writeEveryMs.min, writeEveryMs.max), stop);
          if (stop.aborted) break;
          await act().catch((error: unknown) => {
            const key = `writer: ${String((error as Error)?.message ?? error).slice(0, 120)}`;
            device.errors.set(key, (device.errors.get(key) ?? 0) + 1);
          });
        }
      })(),
      (async () => {
        while (!stop.aborted) {
          await pause(network.int(onlineMs.min, onlineMs.max), stop);
          if (stop.aborted) break;
          device.setOnline(false);
          send({ type: 'offline' });
          await pause(network.int(offlineMs.min, offlineMs.max), stop);
          device.setOnline(true);
        }
      })(),
    ];
  });
}

async function calm(): Promise<void> {
  chaos.abort();
  await Promise.all(loops);
  for (const { device } of devices) device.setOnline(true);
  send({ type: 'calm-done' });
}

async function snapshot(
  id: number,
  ids: Record<number, Partial<Record<CollectionName, string[]>>>,
) {
  const out: DeviceSnapshot[] = [];
  for (const { spec, device } of devices) {
    const docs: Partial<Record<CollectionName, Doc[]>> = {};
    for (const collection of COLLECTION_NAMES) {
      const found = await device.documents(collection, ids[spec.family]?.[collection] ?? []);
      docs[collection] = [...found.values()];
    }
    out.push({
      name: spec.name,
      family: spec.family,
      familyId: spec.familyId,
      pending: device.pending.count,
      lastStreamRequestAt: device.lastStreamRequestAt(),
      streamOpen: device.streamOpen(),
      waiting: device.waiting(),
      errors: [...device.errors],
      docs,
    });
  }
  send({ type: 'snapshot', id, devices: out });
}

async function stop(): Promise<void> {
  chaos.abort();
  await Promise.allSettled(loops);
  await Promise.allSettled(devices.map(({ device }) => device.stop()));
  send({ type: 'stopped' });
  process.exit(0);
}

process.on('message', (message: ToHost) => {
  const fail = (error: unknown) =>
    send({ type: 'failed', message: String((error as Error)?.stack ?? error).slice(0, 2000) });
  if (message.type === 'start') void start(message.devices, message.settings).catch(fail);
  else if (message.type === 'chaos') unleash();
  else if (message.type === 'calm') void calm().catch(fail);
  else if (message.type === 'snapshot') void snapshot(message.id, message.ids).catch(fail);
  else if (message.type === 'stop') void stop().catch(fail);
});
// The run is gone (killed, crashed): nothing here outlives it.
process.on('disconnect', () => process.exit(0));
