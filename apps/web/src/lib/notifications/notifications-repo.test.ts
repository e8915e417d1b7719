import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import {
  PendingChanges,
  openFamilyDatabase,
  type FamilyDatabase,
  type NotificationDoc,
} from '@rodnik/sync-client';
import { markNotificationRead } from './notifications-repo.ts';

let db: FamilyDatabase | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('marking a notification read', () => {
  it('writes readAt once, locally, and marks it to be sent', async () => {
    db = await openFamilyDatabase({
      accountId: `notes${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    const note: NotificationDoc = {
      id: '01936f3e-0000-7000-8000-000000000001',
      familyId: 'fam',
      serverSeq: 5,
      readAt: null,
      kind: 'application-status',
      title: { ru: 'Требуются сведения', en: 'Information needed' },
      body: { ru: 'Уточните дату', en: 'Clarify the date' },
      childId: null,
      subject: { collection: 'applications', id: '01936f3e-0000-7000-8000-000000000002' },
      createdAt: '2026-11-24T10:00:00.000Z',
    } as NotificationDoc;
    await db.notifications.insert(note);
    const pending = new PendingChanges(memoryStorage(), 'p');
    const deps = { db, pending, now: () => new Date('2026-11-24T11:00:00.000Z') };
    expect(await markNotificationRead(deps, note.id)).toBe(true);
    expect((await db.notifications.findOne(note.id).exec())!.readAt).toBe(
      '2026-11-24T11:00:00.000Z',
    );
    expect(pending.has('notifications', note.id)).toBe(true);
    const later = { ...deps, now: () => new Date('2026-11-25T11:00:00.000Z') };
    expect(await markNotificationRead(later, note.id)).toBe(false);
    expect((await db.notifications.findOne(note.id).exec())!.readAt).toBe(
      '2026-11-24T11:00:00.000Z',
    );
  });
});
