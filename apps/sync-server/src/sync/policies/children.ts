import { enqueueChildCheck } from '../../verification/verify-child-card.ts';
import { applyChildSubmission, certificateKey, refusesChildPush } from '../children-rules.ts';
import {
  asStored,
  refuse,
  type CollectionPolicy,
  type DataOf,
  type PolicyContext,
} from '../policy.ts';
import { refuseChildAccount } from './own-child.ts';
import { afterRecordWrite } from './record-lifecycle.ts';

type Verify = { childId: string; submittedAt: string } | null;

/**
 * Child cards (children-rules.ts): parents write them, a child's account
 * only reads its own; checked data changes only as a new submission, which
 * the server moves to `submitted` and verifies; the certificate is the lookup
 * key of the duplicate check.
 */
export const childrenPolicy: CollectionPolicy<'children', Verify> = {
  collection: 'children',
  authorize(ctx: PolicyContext) {
    refuseChildAccount(ctx);
    return Promise.resolve('pass');
  },
  beforeWrite(ctx, { id, master, data }) {
    const before = master?.data ?? null;
    if (refusesChildPush(before, data)) return Promise.resolve(refuse());
    const outcome = applyChildSubmission(id, before, data, ctx.now);
    const next = outcome.data as DataOf<'children'>;
    const key = certificateKey(next);
    // The lookup key is rewritten only when the certificate changed.
    const keys = !before || key !== certificateKey(before) ? (key ? [key] : []) : undefined;
    return Promise.resolve({ kind: 'write', data: next, keys, effects: outcome.verify });
  },
  async afterWrite(ctx, written, change, verify) {
    if (verify) {
      await enqueueChildCheck(ctx.tx, ctx.newId(), verify, ctx.now);
      ctx.queued.verification = true;
    }
    await afterRecordWrite(ctx, written, change, 'children');
  },
  projects: () => false,
  project: asStored,
};
