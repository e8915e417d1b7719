import { describe, expect, it } from 'vitest';
import { childCardDoc } from '../../test-support/child-cards.ts';
import { toWire } from '../wire.ts';
import { linksPolicy } from './links.ts';
import {
  ANNA,
  annasAccount,
  change,
  FAMILY,
  inPush,
  MARIA,
  NOW,
  nextId,
  OTHER_FAMILY,
  openStore,
  parent,
  reader,
  stored,
  pushedRow,
} from './policy-kit.test-util.ts';

async function cards(options: { annaDeleted?: boolean } = {}) {
  const store = await openStore();
  for (const [id, familyId] of [
    [ANNA, FAMILY],
    [MARIA, OTHER_FAMILY],
  ] as const) {
    const { id: _id, familyId: _f, _deleted, ...card } = childCardDoc(familyId, id);
    const deleted = id === ANNA && options.annaDeleted === true;
    await stored(store, 'children', { id, familyId, childId: id, deleted }, card);
  }
  return store;
}

/** The parent's identity confirmed: codes are issued only then. */
async function confirmedParent(store: Awaited<ReturnType<typeof cards>>) {
  await store.transaction(async (tx) => {
    await tx.insertFamily(FAMILY, NOW);
    await tx.insertAccount({
      id: parent.accountId,
      familyId: FAMILY,
      role: 'parent',
      surname: 'Иванова',
      givenName: 'Мария',
      patronymic: null,
      phone: '+79160000001',
      email: null,
      passwordHash: 'x',
      phoneConfirmedAt: NOW,
      emailConfirmedAt: null,
      createdAt: NOW,
      childId: null,
      login: null,
    });
  });
  await stored(
    store,
    'members',
    { id: nextId() },
    {
      accountId: parent.accountId,
      role: 'parent',
      identity: { status: 'confirmed', submittedAt: null, checkedAt: null, issues: [] },
    },
  );
}

const request = (childId: string) => ({ childId, codeRequestedAt: '2026-11-24T08:59:00.000Z' });

describe('links policy', () => {
  it('refuses a child account, and a card of another family', async () => {
    const store = await cards();
    const row = pushedRow('links', nextId(), request(ANNA));
    await expect(
      inPush(store, annasAccount, (ctx) => linksPolicy.authorize(ctx, row, null)),
    ).rejects.toMatchObject({
      status: 403,
    });
    const foreign = pushedRow('links', nextId(), request(MARIA));
    await expect(
      inPush(store, parent, (ctx) => linksPolicy.authorize(ctx, foreign, null)),
    ).rejects.toMatchObject({
      status: 403,
    });
  });

  it('refuses only the row of a purged card (a tombstone), not the batch', async () => {
    const store = await cards({ annaDeleted: true });
    const row = pushedRow('links', nextId(), request(ANNA));
    const { result } = await inPush(store, parent, (ctx) => linksPolicy.authorize(ctx, row, null));
    expect(result).toBe('refuse');
  });

  it('issues a code to a confirmed parent, and the parent alone pulls it', async () => {
    const store = await cards();
    await confirmedParent(store);
    const id = nextId();
    const { result } = await inPush(store, parent, (ctx) =>
      linksPolicy.beforeWrite(ctx, change('links', null, request(ANNA), { id })),
    );
    expect(result).toMatchObject({ kind: 'write', data: { status: 'code-issued' } });
    if (result.kind !== 'write') return;
    const link = await stored(store, 'links', { id, childId: ANNA }, result.data);
    expect(linksPolicy.projects(annasAccount)).toBe(false);
    const forParent = await linksPolicy.project(reader(store, parent), link, toWire(link));
    const forChild = await linksPolicy.project(reader(store, annasAccount), link, toWire(link));
    expect(forParent?.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(forChild).not.toHaveProperty('code');
  });
});
