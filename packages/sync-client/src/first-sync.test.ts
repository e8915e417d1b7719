import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { openFamilyDatabase } from './database.ts';
import { startFamilySync } from './family-sync.ts';
import { PendingChanges } from './pending-changes.ts';
import { OfflineFailure, type Transport } from './transport.ts';
import { unsentDocuments } from './unsent-documents.ts';

/** A server's `links` collection of `count` documents, pulled `after` a sequence number. */
function linksServer(count: number, failOnce: number) {
  const docs = Array.from({ length: count }, (_, i) => ({
    id: `0193d000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
    familyId: 'family',
    serverSeq: i + 1,
    childId: '0193d000-0000-7000-8000-000000000999',
    codeRequestedAt: null,
    status: 'pending',
    childAccountId: null,
    codeIssuedAt: null,
    codeExpiresAt: null,
  }));
  const pulls: number[] = [];
  let failed = false;
  const transport: Transport = {
    async pull(_collection, after, limit) {
      pulls.push(after);
      if (after === failOnce && !failed) {
        failed = true;
        throw new OfflineFailure('the link dropped');
      }
      const page = docs.filter((d) => d.serverSeq > after).slice(0, limit);
      return { documents: page, checkpoint: { seq: page.at(-1)?.serverSeq ?? after } };
    },
    async push() {
      throw new Error('nothing may be pushed');
    },
    openStream: (signal) =>
      Promise.resolve(
        new ReadableStream({
          start: (controller) => signal.addEventListener('abort', () => controller.close()),
        }),
      ),
  };
  return { docs, pulls, transport };
}

describe('a first sync written by the sync client', () => {
  it('resumes after a failed page from the last page it wrote, never from the start', async () => {
    const db = await openFamilyDatabase({
      accountId: `first-sync-${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    const server = linksServer(25, 10);
    const sync = startFamilySync({
      db,
      transport: server.transport,
      network: { isOnline: () => true, subscribe: () => () => undefined },
      pending: new PendingChanges({ getItem: () => null, setItem: () => undefined }, 'p'),
      listener: {
        online: () => undefined,
        synced: () => undefined,
        progress: () => undefined,
        active: () => undefined,
        authExpired: () => undefined,
        outdated: () => undefined,
      },
      waitForLeadership: false,
      collections: ['links'],
      pullBatchSize: 10,
      retryTime: 10,
    });
    try {
      await sync.awaitInSync();
      const replication = sync.replications.get('links')!;
      const stored = await db.links.find().exec();
      expect(stored.map((d) => d.id).sort()).toEqual(server.docs.map((d) => d.id));
      // Page one, page two lost on the way and asked again, page three; never after=0 twice.
      expect(server.pulls.slice(0, 4)).toEqual([0, 10, 10, 20]);
      expect(server.pulls.filter((after) => after === 0)).toHaveLength(1);
      expect(await unsentDocuments(replication)).toEqual([]);
      expect(replication.internalReplicationState!.stats.down.persistFromMaster).toBe(0);
    } finally {
      await sync.stop();
      await db.close();
    }
  });
});
