import type { Actor } from '../actor.ts';
import { asStored, type CollectionPolicy, type TypedDoc } from '../policy.ts';
import { requireOwnChild } from './own-child.ts';

/**
 * Messages from the server: the family's devices only mark them read. A
 * child's account sees only those about its own child — never a sibling's,
 * a parent's identity check or another child's card (docs/family-linking.md).
 */
export const notificationsPolicy: CollectionPolicy<'notifications'> = {
  collection: 'notifications',
  authorize(ctx, _row, master) {
    requireOwnChild(ctx, master);
    return Promise.resolve('pass');
  },
  beforeWrite: (_ctx, { data }) => Promise.resolve({ kind: 'write', data, effects: undefined }),
  afterWrite: () => Promise.resolve(),
  projects: (actor) => actor.role === 'child',
  project(reader, doc, wire) {
    if (reader.actor.role !== 'child') return asStored(reader, doc, wire);
    return Promise.resolve(aboutOwnChild(reader.actor, doc) ? wire : null);
  },
};

/** A notification about the child account's own child: by the stored scope and by its data. */
export function aboutOwnChild(actor: Actor, doc: TypedDoc<'notifications'>): boolean {
  return (
    actor.childId !== null && doc.childId === actor.childId && doc.data.childId === actor.childId
  );
}
