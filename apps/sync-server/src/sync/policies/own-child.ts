import type { PolicyContext, TypedDoc } from '../policy.ts';
import { forbiddenRow } from '../policy.ts';
import type { CollectionName } from '@rodnik/domain';

/**
 * A child's account writes only what concerns its own child
 * (docs/family-linking.md): the master must be its child's, and a row that
 * names a child must name its own. A child's device may leave the child out;
 * it can only ever mean its own, so `fill` puts it in.
 */
export function requireOwnChild<C extends CollectionName>(
  ctx: PolicyContext,
  master: TypedDoc<C> | null,
  client?: { childId?: string | null },
): void {
  const { actor } = ctx;
  if (actor.role !== 'child') return;
  if (master && master.childId !== actor.childId) throw forbiddenRow();
  if (!client) return;
  const own = client.childId ?? actor.childId;
  if (own !== actor.childId) throw forbiddenRow();
  client.childId = own;
}

/** Collections a child's account never writes (a card, a link request, a member document). */
export function refuseChildAccount(ctx: PolicyContext): void {
  if (ctx.actor.role === 'child') throw forbiddenRow();
}
