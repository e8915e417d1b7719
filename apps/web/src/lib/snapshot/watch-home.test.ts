import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import {
  PendingChanges,
  openFamilyDatabase,
  type FamilyDatabase,
  type NotificationDoc,
} from '@rodnik/sync-client';
import { applicationsRepo } from '../applications/applications-repo.ts';
import { childrenRepo } from '../child-card/children-repo.ts';
import { membersRepo } from '../identity/members-repo.ts';
import { readSnapshot, type FamilySnapshot } from './family-snapshot.ts';
import { watchHome } from './watch-home.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

/** Waits for a live query to catch up; no deadline of its own (the test's timeout decides). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

let db: FamilyDatabase | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

const owner = { id: 'acc-anna', familyId: 'fam' };

async function setup() {
  db = await openFamilyDatabase({
    accountId: `home${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const storage = memoryStorage();
  const pending = new PendingChanges(storage, 'rodnik.pending.acc-anna');
  const deps = {
    db,
    familyId: 'fam',
    pending,
    now: () => new Date('2026-11-24T09:00:00.000Z'),
    random: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
  };
  const app = {
    db,
    pending,
    children: childrenRepo(deps),
    applications: applicationsRepo(deps),
    members: membersRepo(deps),
  };
  const seen: FamilySnapshot[] = [];
  const stop = watchHome(app, owner, storage, (s) => seen.push(s));
  const last = () => seen.at(-1);
  return { app, storage, seen, last, stop };
}

describe('the family screen follows the database and keeps its snapshot', () => {
  it('writes the snapshot each time what the screen shows changes', async () => {
    const { app, storage, last } = await setup();
    await until(() => last() !== undefined);
    expect(last()).toMatchObject({ children: [], applications: [], unread: 0, pending: 0 });
    expect(readSnapshot(storage, owner)).toEqual(last());

    const childId = await app.children.create();
    await app.children.saveDraft(childId, { surname: 'Иванова', givenName: 'Анна' });
    await until(() => last()?.children[0]?.name === 'Иванова Анна');
    expect(last()?.children).toEqual([
      { id: childId, name: 'Иванова Анна', status: 'draft', linked: false },
    ]);
    expect(last()?.pending).toBe(1);
    expect(readSnapshot(storage, owner)).toEqual(last());

    const applicationId = await app.applications.create('kindergarten-enrolment', childId);
    await until(() => last()?.applications.length === 1);
    expect(last()?.applications[0]).toMatchObject({
      id: applicationId,
      title: { ru: expect.stringMatching(/сад/), en: expect.stringMatching(/indergarten/) },
      childName: 'Иванова Анна',
      requestNumber: null,
      status: 'draft',
    });

    await db!.notifications.insert(note('01936f3e-0000-7000-8000-000000000001'));
    await until(() => last()?.unread === 1);
    expect(last()?.notes).toEqual([
      {
        id: '01936f3e-0000-7000-8000-000000000001',
        title: { ru: 'Карточка проверена', en: 'Card verified' },
        body: { ru: 'Иванова Анна', en: 'Ivanova Anna' },
      },
    ]);
    expect(readSnapshot(storage, owner)).toEqual(last());
  });

  it('holds only what the screen shows of a card', async () => {
    const { app, storage, last } = await setup();
    const childId = await app.children.create();
    await app.children.saveDraft(childId, {
      surname: 'Иванова',
      givenName: 'Анна',
      snils: '112-233-445 95',
      birthDate: '2019-03-01',
    });
    await until(() => last()?.children[0]?.name === 'Иванова Анна');
    const kept = storage.getItem('rodnik.snapshot.acc-anna')!;
    expect(kept).not.toContain('445');
    expect(kept).not.toContain('2019');
  });

  it('stops writing once stopped (signed out, closed)', async () => {
    const { app, storage, last, stop } = await setup();
    await until(() => last() !== undefined);
    stop();
    const before = storage.getItem('rodnik.snapshot.acc-anna');
    const childId = await app.children.create();
    await app.children.saveDraft(childId, { surname: 'Петров' });
    // Another reader of the same query has seen the change, so the stopped one would have too.
    let named = false;
    const sub = db!.children.find().$.subscribe((docs) => {
      named = docs.some((d) => d.surname === 'Петров');
    });
    await until(() => named);
    sub.unsubscribe();
    await new Promise<void>((r) => queueMicrotask(r));
    expect(storage.getItem('rodnik.snapshot.acc-anna')).toBe(before);
  });
});

function note(id: string): NotificationDoc {
  return {
    id,
    familyId: 'fam',
    serverSeq: 5,
    readAt: null,
    kind: 'application-status',
    title: { ru: 'Карточка проверена', en: 'Card verified' },
    body: { ru: 'Иванова Анна', en: 'Ivanova Anna' },
    childId: null,
    subject: { collection: 'children', id: '01936f3e-0000-7000-8000-000000000002' },
    createdAt: '2026-11-24T10:00:00.000Z',
  } as NotificationDoc;
}
