import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { PendingChanges, openFamilyDatabase, type FamilyDatabase } from '@rodnik/sync-client';
import { applicationsRepo, type ApplicationDoc } from './applications-repo.ts';

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

async function setup() {
  db = await openFamilyDatabase({
    accountId: `apps${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const pending = new PendingChanges(memoryStorage(), 'pending');
  let clock = Date.parse('2026-11-24T10:00:00.000Z');
  const repo = applicationsRepo({
    db,
    familyId: 'fam',
    pending,
    now: () => new Date((clock += 1000)),
    random: (n) => crypto.getRandomValues(new Uint8Array(n)),
  });
  const read = async (id: string) =>
    (await db!.applications.findOne(id).exec())!.toJSON() as unknown as ApplicationDoc;
  return { db, repo, pending, read };
}

/**
 * Waits for a live query to catch up (RxDB emits after the write settles).
 * No deadline of its own: on a loaded machine only the test's timeout decides.
 */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

describe('applications repository', () => {
  it('saves a draft in the local database on every change, marked as waiting', async () => {
    const { repo, pending, read } = await setup();
    const id = await repo.create('kindergarten-enrolment', 'child-1');
    await repo.saveAnswers(id, { municipality: 'kolomna' });
    expect(await read(id)).toMatchObject({ status: 'draft', answers: { municipality: 'kolomna' } });
    expect(pending.has('applications', id)).toBe(true);
  });

  it('sends once: a second press keeps the first send and makes no second application', async () => {
    const { db, repo, read } = await setup();
    const id = await repo.create('kindergarten-enrolment', 'child-1');
    expect(await repo.submit(id, { municipality: 'kolomna' }, [])).toBe(true);
    const first = (await read(id)).submittedAt;
    expect(first).not.toBeNull();
    expect(await repo.submit(id, { municipality: 'zaraysk' }, [])).toBe(false);
    expect(await read(id)).toMatchObject({
      submittedAt: first,
      answers: { municipality: 'kolomna' },
    });
    expect(await db.applications.count().exec()).toBe(1);
  });

  it('resends under needs_info with a new submittedAt', async () => {
    const { db, repo, read } = await setup();
    const id = await repo.create('kindergarten-enrolment', 'child-1');
    await repo.submit(id, {}, []);
    const first = (await read(id)).submittedAt;
    // What a pull brings: the server asked for more about this send.
    const doc = await db.applications.findOne(id).exec();
    await doc!.incrementalPatch({ status: 'needs_info', processedSubmittedAt: first });
    expect(await repo.submit(id, { startDate: '01.09.2027' }, [])).toBe(true);
    const after = await read(id);
    expect(after.submittedAt).not.toBe(first);
    expect(after.answers).toEqual({ startDate: '01.09.2027' });
  });

  it('records consent with its time and withdraws once', async () => {
    const { repo, read } = await setup();
    const id = await repo.create('polyclinic-attachment', null);
    await repo.setConsent(id, { given: true, at: '2026-11-24T10:00:00.000Z' });
    expect((await read(id)).consent).toEqual({ given: true, at: '2026-11-24T10:00:00.000Z' });
    await repo.setConsent(id, null);
    expect((await read(id)).consent).toBeUndefined();
    expect(await repo.withdraw(id)).toBe(true);
    expect(await repo.withdraw(id)).toBe(false);
  });

  it('deletes an unsent draft softly, never one already sent, and restores it', async () => {
    const { repo, read } = await setup();
    const draft = await repo.create('school-enrolment', 'child-1');
    const sent = await repo.create('school-enrolment', 'child-1');
    await repo.submit(sent, {}, []);
    let live: string[] = [];
    let trashed: string[] = [];
    const stops = [
      repo.watchLive((docs) => (live = docs.map((d) => d.id))),
      repo.watchTrashed((docs) => (trashed = docs.map((d) => d.id))),
    ];
    await repo.discardDraft(draft);
    await repo.discardDraft(sent);
    // The record stays, with the time it was discarded: it syncs like any field.
    expect((await read(draft)).deletedAt).toBe('2026-11-24T10:00:04.000Z');
    expect((await read(sent)).deletedAt).toBeNull();
    await until(() => live.join() === sent && trashed.join() === draft);

    await repo.restore(draft);
    expect((await read(draft)).deletedAt).toBeNull();
    await until(() => live.length === 2 && trashed.length === 0);
    stops.forEach((stop) => stop());
  });
});
