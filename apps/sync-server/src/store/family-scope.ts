import type { Store } from './store.ts';

/**
 * The store as one family's request sees it: every transaction is scoped to
 * that family, so on PostgreSQL it waits only for writers of the same family.
 */
export function familyScoped(store: Store, familyId: string): Store {
  return {
    ...store,
    transaction: (fn, scope) => store.transaction(fn, scope ?? { familyId }),
  };
}
