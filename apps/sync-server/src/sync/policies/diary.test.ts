import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../http/api-failure.ts';
import { typed } from '../policy.ts';
import { diaryPolicy } from './diary.ts';
import {
  ANNA,
  annasAccount,
  change,
  inPush,
  NOW,
  openStore,
  OTHER_FAMILY,
  parent,
  pushedRow,
  reader,
  secondParent,
  stored,
} from './policy-kit.test-util.ts';

const CONSENT = { given: true, at: NOW };

async function withCard() {
  const store = await openStore();
  await stored(store, 'children', { id: ANNA, childId: ANNA }, { surname: 'Анна' });
  return store;
}

describe('diary policy', () => {
  it('lets either parent of the family give consent for their own child', async () => {
    const store = await withCard();
    for (const actor of [parent, secondParent]) {
      const { result } = await inPush(store, actor, (ctx) =>
        diaryPolicy.authorize(ctx, pushedRow('diary', ANNA, { consent: CONSENT }), null),
      );
      expect(result).toBe('pass');
    }
  });

  it("refuses a child's account and a card of another family with 403", async () => {
    const store = await withCard();
    await stored(store, 'children', { id: 'card-b', familyId: OTHER_FAMILY }, {});
    await expect(
      inPush(store, annasAccount, (ctx) =>
        diaryPolicy.authorize(ctx, pushedRow('diary', ANNA, { consent: CONSENT }), null),
      ),
    ).rejects.toBeInstanceOf(ApiFailure);
    await expect(
      inPush(store, parent, (ctx) =>
        diaryPolicy.authorize(ctx, pushedRow('diary', 'card-b', { consent: CONSENT }), null),
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('queues a read of the diary when consent is given, once per consent', async () => {
    const store = await withCard();
    const { result, ctx } = await inPush(store, parent, async (ctx) => {
      const verdict = await diaryPolicy.beforeWrite(
        ctx,
        change('diary', null, { consent: CONSENT }, { id: ANNA }),
      );
      if (verdict.kind !== 'write') throw new Error('refused');
      const written = await ctx.tx.putDoc({
        collection: 'diary',
        id: ANNA,
        familyId: parent.familyId,
        childId: ANNA,
        deleted: false,
        data: verdict.data,
        keys: verdict.keys,
      });
      await diaryPolicy.afterWrite(ctx, typed(written), change('diary', null, {}), verdict.effects);
      return verdict;
    });
    expect(result.kind === 'write' && result.data.status).toBe('waiting');
    expect(ctx.queued.verification).toBe(true);
    const jobs = await store.transaction((tx) => tx.claimJobs('school-diary-fetch', NOW, 10));
    expect(jobs.map((job) => job.payload)).toEqual([{ childId: ANNA, consentAt: NOW }]);

    const master = await stored(
      store,
      'diary',
      { id: ANNA, childId: ANNA },
      { consent: CONSENT, status: 'ready' },
    );
    const { result: again } = await inPush(store, parent, (ctx) =>
      diaryPolicy.beforeWrite(ctx, change('diary', master, { consent: CONSENT })),
    );
    expect(again.kind === 'write' && again.effects).toEqual({ fetch: false });
  });

  it('clears grades and homework when consent is withdrawn', async () => {
    const store = await withCard();
    const master = await stored(
      store,
      'diary',
      { id: ANNA, childId: ANNA },
      {
        consent: CONSENT,
        status: 'ready',
        grades: [{ subject: 'Математика', value: 5, date: '2026-11-23' }],
        homework: [{ subject: 'Математика', date: '2026-11-25', text: '№ 245' }],
        fetchedAt: NOW,
      },
    );
    const { result } = await inPush(store, parent, (ctx) =>
      diaryPolicy.beforeWrite(ctx, change('diary', master, { consent: { given: false, at: NOW } })),
    );
    expect(result).toMatchObject({
      kind: 'write',
      keys: [],
      data: { status: 'withdrawn', grades: [], homework: [], fetchedAt: null },
      effects: { fetch: false },
    });
  });

  it('shows every reader the diary as stored', async () => {
    const store = await withCard();
    const doc = await stored(store, 'diary', { id: ANNA, childId: ANNA }, { consent: CONSENT });
    expect(diaryPolicy.projects(annasAccount)).toBe(false);
    const wire = { id: ANNA, familyId: parent.familyId, serverSeq: 1, _deleted: false };
    await expect(diaryPolicy.project(reader(store, annasAccount), doc, wire)).resolves.toBe(wire);
  });
});
