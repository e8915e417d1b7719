import { SENDS_PER_FAMILY_PER_DAY } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { applicationDoc } from '../../test-support/applications.ts';
import { childCardDoc } from '../../test-support/child-cards.ts';
import type { Store } from '../../store/store.ts';
import { applicationsPolicy } from './applications.ts';
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
  stored,
  pushedRow,
} from './policy-kit.test-util.ts';

const SENT = '2026-11-24T08:59:00.000Z';

function form(fields: Record<string, unknown> = {}) {
  const {
    id: _id,
    familyId: _family,
    _deleted,
    ...data
  } = applicationDoc(FAMILY, 'x', ANNA, fields);
  return data;
}

async function withCards(): Promise<Store> {
  const store = await openStore();
  for (const [id, familyId] of [
    [ANNA, FAMILY],
    [MARIA, OTHER_FAMILY],
  ] as const) {
    const { id: _id, familyId: _f, _deleted, ...card } = childCardDoc(familyId, id);
    await stored(store, 'children', { id, familyId, childId: id }, card);
  }
  return store;
}

/** Today's earlier first sends of the family, as the push left them. */
async function sentToday(store: Store, count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    await stored(
      store,
      'applications',
      { id: nextId(), childId: ANNA },
      {
        ...form({ submittedAt: SENT }),
        status: 'submitted',
        statusHistory: [{ status: 'submitted', at: SENT, by: 'client' }],
      },
    );
  }
}

describe('applications policy', () => {
  it('gives a child account’s draft its own child, and refuses one naming another', async () => {
    const store = await withCards();
    const row = pushedRow('applications', nextId(), form({ childId: null }));
    await inPush(store, annasAccount, (ctx) => applicationsPolicy.authorize(ctx, row, null));
    expect(row.client.childId).toBe(ANNA);
    const sibling = pushedRow('applications', nextId(), form({ childId: MARIA }));
    await expect(
      inPush(store, annasAccount, (ctx) => applicationsPolicy.authorize(ctx, sibling, null)),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a child account’s send, and an application naming another family’s child', async () => {
    const store = await withCards();
    await expect(
      inPush(store, annasAccount, (ctx) =>
        applicationsPolicy.beforeWrite(
          ctx,
          change('applications', null, form({ submittedAt: SENT })),
        ),
      ),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      inPush(store, parent, (ctx) =>
        applicationsPolicy.beforeWrite(ctx, change('applications', null, form({ childId: MARIA }))),
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('sends a draft: status submitted, listed for operators, its arrival queued after the write', async () => {
    const store = await withCards();
    const sent = change('applications', null, form({ submittedAt: SENT }));
    const { result, ctx } = await inPush(store, parent, async (ctx) => {
      const verdict = await applicationsPolicy.beforeWrite(ctx, sent);
      if (verdict.kind !== 'write') throw new Error('refused');
      const written = await ctx.tx.putDoc({
        collection: 'applications',
        id: sent.id,
        familyId: FAMILY,
        childId: ANNA,
        deleted: false,
        data: verdict.data,
      });
      await applicationsPolicy.afterWrite(ctx, written as never, sent, verdict.effects);
      return verdict;
    });
    expect(result).toMatchObject({
      kind: 'write',
      data: {
        status: 'submitted',
        statusHistory: [{ status: 'submitted', at: NOW, by: 'client' }],
      },
      keys: ['application:sent', `application:sender:${parent.accountId}`],
      effects: { process: SENT, withdraw: false },
    });
    expect(ctx.queued.arrival).toBe(true);
  });

  it('refuses a change of the form once the application is sent', async () => {
    const store = await withCards();
    const master = await stored(
      store,
      'applications',
      { id: nextId(), childId: ANNA },
      {
        ...form({ submittedAt: SENT }),
        status: 'in_review',
      },
    );
    const edit = change(
      'applications',
      master,
      form({ submittedAt: SENT, answers: { groupType: 'short' } }),
    );
    const { result } = await inPush(store, parent, (ctx) =>
      applicationsPolicy.beforeWrite(ctx, edit),
    );
    expect(result).toEqual({ kind: 'refuse' });
  });

  it('lets the quota’s last send through and keeps the next as a draft with reason send-quota', async () => {
    const store = await withCards();
    await sentToday(store, SENDS_PER_FAMILY_PER_DAY - 1);
    const { result: last } = await inPush(store, parent, (ctx) =>
      applicationsPolicy.beforeWrite(
        ctx,
        change('applications', null, form({ submittedAt: SENT })),
      ),
    );
    expect(last).toMatchObject({ kind: 'write', data: { status: 'submitted' } });

    await sentToday(store, 1);
    const over = change(
      'applications',
      null,
      form({ submittedAt: SENT, answers: { note: 'сохранено' } }),
    );
    const { result, ctx } = await inPush(store, parent, (ctx) =>
      applicationsPolicy.beforeWrite(ctx, over),
    );
    expect(result).toMatchObject({
      kind: 'write',
      refusedPart: 'send-quota',
      data: { status: 'draft', submittedAt: null, answers: { note: 'сохранено' } },
      effects: { process: null, withdraw: false },
    });
    expect(ctx.queued.arrival).toBe(false);
  });

  it('counts sends in one batch against the quota, and yesterday’s sends not at all', async () => {
    const store = await withCards();
    await stored(
      store,
      'applications',
      { id: nextId(), childId: ANNA },
      {
        ...form({ submittedAt: '2026-11-23T20:00:00.000Z' }),
        status: 'in_review',
        // 23:30 in Moscow on the 23rd: yesterday there.
        statusHistory: [{ status: 'submitted', at: '2026-11-23T20:30:00.000Z', by: 'client' }],
      },
    );
    const { result } = await inPush(store, parent, async (ctx) => {
      const verdicts = [];
      for (let n = 0; n <= SENDS_PER_FAMILY_PER_DAY; n += 1) {
        verdicts.push(
          await applicationsPolicy.beforeWrite(
            ctx,
            change('applications', null, form({ submittedAt: SENT })),
          ),
        );
      }
      return verdicts;
    });
    const refused = result.filter((v) => v.kind === 'write' && v.refusedPart === 'send-quota');
    expect(refused).toHaveLength(1);
    expect(result.at(-1)).toMatchObject({ refusedPart: 'send-quota' });
  });

  it('does not count a resend after needs_info: it uses no new number', async () => {
    const store = await withCards();
    await sentToday(store, SENDS_PER_FAMILY_PER_DAY);
    const master = await stored(
      store,
      'applications',
      { id: nextId(), childId: ANNA },
      {
        ...form({ submittedAt: SENT }),
        status: 'needs_info',
        infoRequest: { question: '', fields: ['groupType'], documentKinds: [], askedAt: SENT },
      },
    );
    const resend = change(
      'applications',
      master,
      form({ submittedAt: NOW, answers: { ...form().answers, groupType: 'short' } }),
    );
    const { result } = await inPush(store, parent, (ctx) =>
      applicationsPolicy.beforeWrite(ctx, resend),
    );
    expect(result).toMatchObject({ kind: 'write', data: { status: 'resubmitted' } });
    expect(result).not.toHaveProperty('refusedPart');
  });
});
