import { describe, expect, it } from 'vitest';
import { toWire } from '../wire.ts';
import { notificationsPolicy } from './notifications.ts';
import {
  ANNA,
  annasAccount,
  inPush,
  MARIA,
  nextId,
  openStore,
  parent,
  reader,
  stored,
  pushedRow,
} from './policy-kit.test-util.ts';

function notice(childId: string | null) {
  return {
    kind: 'application-status',
    title: { ru: 'Статус', en: 'Status' },
    body: { ru: 'Заявление принято', en: 'Accepted' },
    childId,
    createdAt: '2026-11-24T08:00:00.000Z',
    readAt: null,
  };
}

describe('notifications policy', () => {
  it('shows a child account only the notifications about its own child', async () => {
    const store = await openStore();
    const own = await stored(store, 'notifications', { id: nextId(), childId: ANNA }, notice(ANNA));
    const sibling = await stored(
      store,
      'notifications',
      { id: nextId(), childId: MARIA },
      notice(MARIA),
    );
    const family = await stored(
      store,
      'notifications',
      { id: nextId(), childId: null },
      notice(null),
    );
    // Stored under the child, but about someone else: the data decides too.
    const mislabelled = await stored(
      store,
      'notifications',
      { id: nextId(), childId: ANNA },
      notice(MARIA),
    );
    expect(notificationsPolicy.projects(annasAccount)).toBe(true);
    const seen = [];
    for (const doc of [own, sibling, family, mislabelled]) {
      seen.push(await notificationsPolicy.project(reader(store, annasAccount), doc, toWire(doc)));
    }
    expect(seen.map((wire) => wire?.id ?? null)).toEqual([own.id, null, null, null]);
  });

  it('shows a parent every notification of the family as stored, without reading it', async () => {
    const store = await openStore();
    expect(notificationsPolicy.projects(parent)).toBe(false);
    const sibling = await stored(
      store,
      'notifications',
      { id: nextId(), childId: MARIA },
      notice(MARIA),
    );
    const wire = toWire(sibling);
    expect(await notificationsPolicy.project(reader(store, parent), sibling, wire)).toBe(wire);
  });

  it('lets a child account mark only its own child’s notifications read', async () => {
    const store = await openStore();
    const own = await stored(store, 'notifications', { id: nextId(), childId: ANNA }, notice(ANNA));
    const sibling = await stored(
      store,
      'notifications',
      { id: nextId(), childId: MARIA },
      notice(MARIA),
    );
    const read = { readAt: '2026-11-24T09:00:00.000Z' };
    await inPush(store, annasAccount, (ctx) =>
      notificationsPolicy.authorize(ctx, pushedRow('notifications', own.id, read), own),
    );
    await expect(
      inPush(store, annasAccount, (ctx) =>
        notificationsPolicy.authorize(ctx, pushedRow('notifications', sibling.id, read), sibling),
      ),
    ).rejects.toMatchObject({ status: 403 });
  });
});
