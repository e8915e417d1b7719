import type { AccountRole } from '../store/store.ts';

/** Who is asking: the signed-in account and the family it belongs to. */
export interface Actor {
  accountId: string;
  familyId: string;
  role: AccountRole;
  /** For a child's own account: the child card it may see. */
  childId: string | null;
}

/** The documents an actor may read: the whole family, or a child's own. */
export function readScope(actor: Actor): { familyId: string; childId?: string } {
  return actor.role === 'child' && actor.childId
    ? { familyId: actor.familyId, childId: actor.childId }
    : { familyId: actor.familyId };
}
