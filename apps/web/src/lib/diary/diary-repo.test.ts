import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { PendingChanges, openFamilyDatabase, type FamilyDatabase } from '@rodnik/sync-client';
import { diaryRepo } from './diary-repo.ts';

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

describe('diary repository', () => {
  it('writes only the consent, keyed by the child, and marks it waiting to be sent', async () => {
    db = await openFamilyDatabase({
      accountId: `diary${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    const pending = new PendingChanges(memoryStorage(), 'pending');
    let now = new Date('2026-11-24T09:00:00.000Z');
    const repo = diaryRepo({ db, familyId: 'fam', pending, now: () => now });

    await repo.setConsent('child-1', true);
    const given = (await db.diary.findOne('child-1').exec())?.toJSON();
    expect(given).toMatchObject({
      familyId: 'fam',
      consent: { given: true, at: '2026-11-24T09:00:00.000Z' },
      status: 'none',
      grades: [],
    });
    expect(pending.has('diary', 'child-1')).toBe(true);

    now = new Date('2026-11-25T09:00:00.000Z');
    await repo.setConsent('child-1', false);
    const withdrawn = (await db.diary.findOne('child-1').exec())?.toJSON();
    expect(withdrawn?.consent).toEqual({ given: false, at: '2026-11-25T09:00:00.000Z' });
    expect(await db.diary.count().exec()).toBe(1);
  });
});
