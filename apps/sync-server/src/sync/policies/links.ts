import { issueLinkCode, liveCodeFor } from '../../family/link-codes.ts';
import { isIdentityConfirmed } from '../../identity/members.ts';
import type { StoredDoc } from '../../store/store.ts';
import { isSoftDeleted } from '../deletion-rules.ts';
import {
  forbiddenRow,
  type CollectionPolicy,
  type DataOf,
  type PolicyContext,
  type TypedDoc,
} from '../policy.ts';
import { refuseChildAccount } from './own-child.ts';

/**
 * Link requests (docs/family-linking.md): a parent asks for a linking code
 * for a card of the family, even offline (`codeRequestedAt`); the server
 * issues one when the card has no account yet and the parent's identity is
 * confirmed. One live code per child. The code is never stored: a parent of
 * the family gets it derived on pull, a child's account never.
 */
export const linksPolicy: CollectionPolicy<'links'> = {
  collection: 'links',
  async authorize(ctx, row, master) {
    refuseChildAccount(ctx);
    const card = await linkedCard(ctx, row.client.childId, master);
    // A purged card (a tombstone): this row is refused, the device's other changes still go.
    return card.deleted ? 'refuse' : 'pass';
  },
  async beforeWrite(ctx, { id, master, data }) {
    const card = await linkedCard(ctx, data.childId, master);
    // A child whose account is already linked gets no code; an unconfirmed parent gets it
    // once their identity is confirmed (the request stays pending until then).
    const issue =
      !card.data.accountId &&
      // A card in «Недавно удалённые» is not linked: the request waits for a restore.
      !isSoftDeleted(card.data) &&
      asksForNewCode(master?.data ?? null, data) &&
      (await isIdentityConfirmed(ctx.tx, ctx.actor.accountId));
    if (!issue) return { kind: 'write', data, effects: undefined };
    return { kind: 'write', data: await withNewCode(ctx, id, data), effects: undefined };
  },
  afterWrite: () => Promise.resolve(),
  projects: (actor) => actor.role === 'parent',
  async project(reader, doc, wire) {
    if (reader.actor.role !== 'parent') return wire;
    const code = await liveCodeFor(reader.store, reader.secret, doc);
    return code ? { ...wire, code } : wire;
  },
};

/**
 * The card a link names: of the actor's own family, and the same one for the
 * link's life. It may be a tombstone (purged); `authorize` refuses that row.
 */
async function linkedCard(
  ctx: PolicyContext,
  childId: string,
  master: TypedDoc<'links'> | null,
): Promise<StoredDoc> {
  if (master && master.data.childId !== childId) throw forbiddenRow();
  const card = await ctx.tx.getDoc('children', childId);
  if (!card || card.familyId !== ctx.actor.familyId) throw forbiddenRow();
  return card;
}

/** Issues the code; a link still showing the child's voided code goes back to pending. */
async function withNewCode(
  ctx: PolicyContext,
  id: string,
  data: DataOf<'links'>,
): Promise<DataOf<'links'>> {
  const issued = await issueLinkCode(
    ctx.tx,
    ctx.secret,
    { id, familyId: ctx.actor.familyId, childId: data.childId },
    ctx.at,
  );
  if (issued.replaced && issued.replaced.linkId !== id) {
    const oldId = issued.replaced.linkId;
    const old = ctx.masters.get(oldId) ?? (await ctx.tx.getDoc('links', oldId));
    if (old && old.data.status === 'code-issued') {
      const voided = await ctx.tx.putDoc({
        ...old,
        data: { ...old.data, status: 'pending', codeIssuedAt: null, codeExpiresAt: null },
      });
      ctx.masters.set(old.id, voided);
    }
  }
  return {
    ...data,
    status: 'code-issued',
    codeIssuedAt: issued.codeIssuedAt,
    codeExpiresAt: issued.codeExpiresAt,
  };
}

/**
 * A parent's device asks for a code by setting a `codeRequestedAt` newer than
 * the one the server last answered; an already linked child gets none.
 */
function asksForNewCode(before: DataOf<'links'> | null, after: DataOf<'links'>): boolean {
  const requested = after.codeRequestedAt;
  if (typeof requested !== 'string' || after.status === 'linked') return false;
  const previous = before?.codeRequestedAt;
  return typeof previous !== 'string' || Date.parse(requested) > Date.parse(previous);
}
