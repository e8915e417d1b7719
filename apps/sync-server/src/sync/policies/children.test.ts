import { describe, expect, it } from 'vitest';
import { childCardDoc } from '../../test-support/child-cards.ts';
import { childrenPolicy } from './children.ts';
import {
  annasAccount,
  ANNA,
  change,
  inPush,
  openStore,
  parent,
  reader,
  stored,
  pushedRow,
} from './policy-kit.test-util.ts';

const card = (fields: Record<string, unknown> = {}) => {
  const { id: _id, familyId: _family, _deleted, ...data } = childCardDoc('f', ANNA, fields);
  return data;
};

describe('children policy', () => {
  it('refuses a child account’s write to any card, its own included', async () => {
    const store = await openStore();
    await expect(
      inPush(store, annasAccount, (ctx) =>
        childrenPolicy.authorize(ctx, pushedRow('children', ANNA, card()), null),
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a quiet edit of a verified card’s data, but not a new submission of it', async () => {
    const store = await openStore();
    const master = await stored(
      store,
      'children',
      { id: ANNA, childId: ANNA },
      {
        ...card({ submittedAt: '2026-11-24T08:00:00.000Z' }),
        status: 'verified',
        verification: {
          submittedAt: '2026-11-24T08:00:00.000Z',
          checkedAt: '2026-11-24T08:01:00.000Z',
          issues: [],
        },
      },
    );
    const quiet = change(
      'children',
      master,
      card({ surname: 'Петрова', submittedAt: '2026-11-24T08:00:00.000Z' }),
    );
    const { result: refused } = await inPush(store, parent, (ctx) =>
      childrenPolicy.beforeWrite(ctx, quiet),
    );
    expect(refused).toEqual({ kind: 'refuse' });

    const resubmitted = change(
      'children',
      master,
      card({ surname: 'Петрова', submittedAt: '2026-11-24T08:55:00.000Z' }),
    );
    const { result } = await inPush(store, parent, (ctx) =>
      childrenPolicy.beforeWrite(ctx, resubmitted),
    );
    expect(result).toMatchObject({
      kind: 'write',
      data: { status: 'submitted', surname: 'Петрова' },
    });
  });

  it('moves a submitted card to `submitted` and queues its check after the write', async () => {
    const store = await openStore();
    const submitted = change('children', null, card({ submittedAt: '2026-11-24T08:55:00.000Z' }), {
      id: ANNA,
    });
    const { ctx, result } = await inPush(store, parent, async (ctx) => {
      const verdict = await childrenPolicy.beforeWrite(ctx, submitted);
      if (verdict.kind !== 'write') throw new Error('refused');
      const written = await ctx.tx.putDoc({
        collection: 'children',
        id: ANNA,
        familyId: parent.familyId,
        childId: ANNA,
        deleted: false,
        data: verdict.data,
      });
      await childrenPolicy.afterWrite(ctx, written as never, submitted, verdict.effects);
      return verdict;
    });
    expect(result).toMatchObject({ data: { status: 'submitted' }, effects: { childId: ANNA } });
    expect(ctx.queued.verification).toBe(true);
  });

  it('rewrites the certificate lookup key only when the certificate changed', async () => {
    const store = await openStore();
    const master = await stored(store, 'children', { id: ANNA, childId: ANNA }, card());
    const renamed = change('children', master, card({ givenName: 'Анастасия' }));
    const { result: same } = await inPush(store, parent, (ctx) =>
      childrenPolicy.beforeWrite(ctx, renamed),
    );
    expect(same).toMatchObject({ kind: 'write' });
    expect(same).not.toHaveProperty('keys', expect.anything());

    const certificate = {
      kind: 'ru',
      series: 'IV-МЮ',
      number: '100002',
      issueDate: '20.05.2021',
      issuedBy: 'ЗАГС',
    };
    const moved = change('children', master, card({ birthCertificate: certificate }));
    const { result: changed } = await inPush(store, parent, (ctx) =>
      childrenPolicy.beforeWrite(ctx, moved),
    );
    expect(changed).toMatchObject({ keys: ['cert:IV-МЮ:100002'] });
  });

  it('shows every reader the card as stored', async () => {
    const store = await openStore();
    expect(childrenPolicy.projects(parent)).toBe(false);
    const master = await stored(store, 'children', { id: ANNA, childId: ANNA }, card());
    const wire = { id: ANNA, familyId: 'f', serverSeq: 1, _deleted: false };
    expect(await childrenPolicy.project(reader(store, annasAccount), master, wire)).toBe(wire);
  });
});
