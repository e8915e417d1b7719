import { COLLECTION_NAMES } from '@rodnik/domain';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { openFamilyDatabase } from './database.ts';
import { startFamilySync } from './family-sync.ts';
import { PendingChanges } from './pending-changes.ts';
import type { Transport } from './transport.ts';

describe('a first sync', () => {
  it('opens the live stream only once every collection is through its first pull', async () => {
    const db = await openFamilyDatabase({
      accountId: `first-sync-${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    const calls: string[] = [];
    let releasePulls!: () => void;
    const pullsHeld = new Promise<void>((resolve) => (releasePulls = resolve));
    let allPullsAsked!: () => void;
    const pullsAsked = new Promise<void>((resolve) => (allPullsAsked = resolve));
    let streamOpened!: () => void;
    const opened = new Promise<void>((resolve) => (streamOpened = resolve));
    const transport: Transport = {
      async pull(collection) {
        calls.push(`/sync/${collection}/pull`);
        if (calls.filter((call) => call.includes('/pull')).length === COLLECTION_NAMES.length) {
          allPullsAsked();
        }
        await pullsHeld;
        return { documents: [], checkpoint: { seq: 0 } };
      },
      async push(collection) {
        calls.push(`/sync/${collection}/push`);
        return [];
      },
      async openStream(signal) {
        calls.push('stream');
        streamOpened();
        return new ReadableStream({
          start(controller) {
            signal.addEventListener('abort', () => controller.close());
          },
        });
      },
    };
    const sync = startFamilySync({
      db,
      transport,
      network: { isOnline: () => true, subscribe: () => () => undefined },
      pending: new PendingChanges({ getItem: () => null, setItem: () => undefined }, 'pending'),
      listener: {
        online: () => undefined,
        synced: () => undefined,
        progress: () => undefined,
        active: () => undefined,
        authExpired: () => undefined,
        outdated: () => undefined,
      },
      waitForLeadership: false,
    });
    try {
      await pullsAsked;
      // Every first pull is on the wire and none has answered: the link is theirs alone.
      expect(calls).not.toContain('stream');
      releasePulls();
      await opened;
      const lastFirstPull = calls.findIndex((call) => call === 'stream') - 1;
      expect(calls.slice(0, lastFirstPull + 1).filter((c) => c.includes('/pull'))).toHaveLength(
        COLLECTION_NAMES.length,
      );
    } finally {
      releasePulls();
      await sync.stop();
      await db.close();
    }
  });
});
