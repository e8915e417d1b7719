import { describe, expect, it } from 'vitest';
import { MARIA_PASSPORT } from '../../test-support/identity.ts';
import { toWire } from '../wire.ts';
import { membersPolicy } from './members.ts';
import {
  annasAccount,
  change,
  inPush,
  nextId,
  openStore,
  parent,
  reader,
  secondParent,
  stored,
  pushedRow,
} from './policy-kit.test-util.ts';

const SUBMITTED = '2026-11-24T08:00:00.000Z';

async function memberOf(accountId: string, identityStatus = 'none') {
  const store = await openStore();
  const doc = await stored(
    store,
    'members',
    { id: nextId() },
    {
      accountId,
      role: 'parent',
      passport: MARIA_PASSPORT,
      identitySubmittedAt: SUBMITTED,
      identity: { status: identityStatus, submittedAt: SUBMITTED, checkedAt: null, issues: [] },
    },
  );
  return { store, doc };
}

describe('members policy', () => {
  it('lets a parent write only their own member document; a child account none', async () => {
    const { store, doc } = await memberOf(parent.accountId);
    const row = pushedRow('members', doc.id, doc.data);
    await expect(
      inPush(store, parent, (ctx) => membersPolicy.authorize(ctx, row, doc)),
    ).resolves.toBeDefined();
    for (const someoneElse of [secondParent, annasAccount]) {
      await expect(
        inPush(store, someoneElse, (ctx) => membersPolicy.authorize(ctx, row, doc)),
      ).rejects.toMatchObject({ status: 403 });
    }
  });

  it('refuses a quiet change of a confirmed passport, and checks a new submission of it', async () => {
    const { store, doc } = await memberOf(parent.accountId, 'confirmed');
    const quiet = change('members', doc, {
      ...doc.data,
      passport: { ...MARIA_PASSPORT, number: '100003' },
    });
    expect(
      (await inPush(store, parent, (ctx) => membersPolicy.beforeWrite(ctx, quiet))).result,
    ).toEqual({
      kind: 'refuse',
    });
    const resubmitted = change('members', doc, {
      ...doc.data,
      passport: { ...MARIA_PASSPORT, number: '100003' },
      identitySubmittedAt: '2026-11-24T08:59:00.000Z',
    });
    const { result } = await inPush(store, parent, (ctx) =>
      membersPolicy.beforeWrite(ctx, resubmitted),
    );
    expect(result).toMatchObject({ kind: 'write', data: { identity: { status: 'submitted' } } });
  });

  it('hides a parent’s passport from everyone but its owner', async () => {
    const { store, doc } = await memberOf(parent.accountId);
    expect(membersPolicy.projects(secondParent)).toBe(true);
    const own = await membersPolicy.project(reader(store, parent), doc, toWire(doc));
    const other = await membersPolicy.project(reader(store, secondParent), doc, toWire(doc));
    expect(own).toHaveProperty('passport');
    expect(other).not.toHaveProperty('passport');
  });
});
