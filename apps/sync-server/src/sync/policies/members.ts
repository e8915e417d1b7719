import { enqueueIdentityCheck } from '../../identity/verify-identity.ts';
import {
  applyIdentitySubmission,
  hidePassportOfOthers,
  mayWriteMember,
  refusesMemberPush,
  type VerifyIdentityJob,
} from '../../identity/member-push.ts';
import { forbiddenRow, refuse, type CollectionPolicy, type DataOf } from '../policy.ts';

/**
 * Member documents (identity/member-push.ts): a parent writes only their own;
 * a confirmed identity changes only as a new submission, which is checked; on
 * pull, another parent's passport is hidden.
 */
export const membersPolicy: CollectionPolicy<'members', VerifyIdentityJob | null> = {
  collection: 'members',
  authorize(ctx, _row, master) {
    if (!mayWriteMember(ctx.actor, master)) throw forbiddenRow();
    return Promise.resolve('pass');
  },
  beforeWrite(_ctx, { id, master, data }) {
    if (master && refusesMemberPush(master.data, data)) return Promise.resolve(refuse());
    const outcome = applyIdentitySubmission(id, data);
    const next = outcome.data as DataOf<'members'>;
    return Promise.resolve({ kind: 'write', data: next, effects: outcome.verify });
  },
  async afterWrite(ctx, _written, _change, verify) {
    if (!verify) return;
    await enqueueIdentityCheck(ctx.tx, ctx.newId(), verify, ctx.now);
    ctx.queued.verification = true;
  },
  projects: () => true,
  project: (reader, doc, wire) => Promise.resolve(hidePassportOfOthers(reader.actor, doc, wire)),
};
