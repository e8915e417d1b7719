import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { PendingChanges, openFamilyDatabase, type FamilyDatabase } from '@rodnik/sync-client';
import { childrenRepo } from './children-repo.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

/**
 * Waits for a live query to catch up (RxDB emits after the write settles).
 * No deadline of its own: on a loaded machine only the test's timeout decides.
 */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

let db: FamilyDatabase | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

describe('children repository: deletion', () => {
  it('deletes a card softly (deletedAt), hides it from the list, and restores it', async () => {
    db = await openFamilyDatabase({
      accountId: `kids${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    const pending = new PendingChanges(memoryStorage(), 'pending');
    const repo = childrenRepo({
      db,
      familyId: 'fam',
      pending,
      now: () => new Date('2026-11-24T09:00:00.000Z'),
      random: (n) => crypto.getRandomValues(new Uint8Array(n)),
    });
    const kept = await repo.create();
    const deleted = await repo.create();
    let live: string[] = [];
    let trashed: string[] = [];
    const stops = [
      repo.watchLive((docs) => (live = docs.map((d) => d.id))),
      repo.watchTrashed((docs) => (trashed = docs.map((d) => d.id))),
    ];
    pending.reset();

    await repo.remove(deleted);
    const doc = await db.children.findOne(deleted).exec();
    expect(doc?.deletedAt).toBe('2026-11-24T09:00:00.000Z');
    expect(pending.has('children', deleted)).toBe(true);
    await until(() => live.join() === kept && trashed.join() === deleted);

    await repo.restore(deleted);
    expect((await db.children.findOne(deleted).exec())?.deletedAt).toBeNull();
    await until(() => live.length === 2 && trashed.length === 0);
    stops.forEach((stop) => stop());
  });
});
