import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { PendingChanges, openFamilyDatabase, type FamilyDatabase } from '@rodnik/sync-client';
import { linksRepo } from './links-repo.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

let db: FamilyDatabase | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

describe('links repository', () => {
  it('asks for a code through the local database, once per child, marked as waiting', async () => {
    db = await openFamilyDatabase({
      accountId: `links${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    const pending = new PendingChanges(memoryStorage(), 'pending');
    let clock = Date.parse('2026-11-24T10:00:00.000Z');
    const repo = linksRepo({
      db,
      familyId: 'fam',
      pending,
      now: () => new Date(clock),
      random: (n) => new Uint8Array(n).fill(7),
    });

    const id = await repo.requestCode('child-1');
    expect(pending.has('links', id)).toBe(true);
    expect(await repo.get('child-1')).toMatchObject({
      id,
      childId: 'child-1',
      familyId: 'fam',
      codeRequestedAt: '2026-11-24T10:00:00.000Z',
    });

    // «Получить новый код» touches the same document: one link per child.
    clock += 60_000;
    pending.clear('links', id);
    expect(await repo.requestCode('child-1')).toBe(id);
    expect(pending.has('links', id)).toBe(true);
    expect((await repo.get('child-1'))?.codeRequestedAt).toBe('2026-11-24T10:01:00.000Z');
    expect(await db.links.count().exec()).toBe(1);
    expect(await repo.get('child-2')).toBeNull();
  });
});
