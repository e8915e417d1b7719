import { describe, expect, it } from 'vitest';
import { applicationDoc } from '../../test-support/applications.ts';
import { documentsPolicy } from './documents.ts';
import {
  ANNA,
  annasAccount,
  change,
  FAMILY,
  inPush,
  MARIA,
  nextId,
  openStore,
  parent,
  stored,
  pushedRow,
} from './policy-kit.test-util.ts';

function scan(fields: Record<string, unknown> = {}) {
  return {
    kind: 'oms-policy',
    childId: ANNA,
    fileName: 'полис.jpg',
    mimeType: 'image/jpeg',
    size: 1000,
    sha256: 'a'.repeat(64),
    createdAt: '2026-11-24T08:00:00.000Z',
    ...fields,
  };
}

describe('documents policy', () => {
  it('gives a child account’s scan its own child, and refuses a sibling’s', async () => {
    const store = await openStore();
    const row = pushedRow('documents', nextId(), scan({ childId: null }));
    await inPush(store, annasAccount, (ctx) => documentsPolicy.authorize(ctx, row, null));
    expect(row.client.childId).toBe(ANNA);
    const sibling = await stored(
      store,
      'documents',
      { id: nextId(), childId: MARIA },
      scan({ childId: MARIA }),
    );
    await expect(
      inPush(store, annasAccount, (ctx) =>
        documentsPolicy.authorize(
          ctx,
          pushedRow('documents', sibling.id, sibling.data, true),
          sibling,
        ),
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('keeps a scan a sent application holds: its deletion is refused', async () => {
    const store = await openStore();
    const applicationId = nextId();
    const {
      id: _id,
      familyId: _f,
      _deleted,
      ...sent
    } = applicationDoc(FAMILY, applicationId, ANNA);
    await stored(
      store,
      'applications',
      { id: applicationId, childId: ANNA },
      { ...sent, status: 'in_review' },
    );
    const kept = await stored(
      store,
      'documents',
      { id: nextId(), childId: ANNA },
      scan({ applicationId }),
    );
    const { result } = await inPush(store, parent, (ctx) =>
      documentsPolicy.beforeWrite(ctx, change('documents', kept, kept.data, { deleted: true })),
    );
    expect(result).toEqual({ kind: 'refuse' });
  });

  it('deletes a free scan, and its deletion releases the bytes and re-runs the checks', async () => {
    const store = await openStore();
    const free = await stored(
      store,
      'documents',
      { id: nextId(), childId: ANNA },
      { ...scan(), status: 'accepted' },
    );
    const deletion = change('documents', free, free.data, { deleted: true });
    const { result, ctx } = await inPush(store, parent, async (ctx) => {
      const verdict = await documentsPolicy.beforeWrite(ctx, deletion);
      if (verdict.kind !== 'write') throw new Error('refused');
      const written = await ctx.tx.putDoc({ ...free, deleted: true, data: verdict.data });
      await documentsPolicy.afterWrite(ctx, written as never, deletion, undefined);
      return verdict;
    });
    expect(result.kind).toBe('write');
    expect(ctx.queued.verification).toBe(true);
  });
});
