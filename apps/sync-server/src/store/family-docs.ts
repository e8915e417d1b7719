import type { CollectionName } from '@rodnik/domain';
import type { TypedDoc } from '../sync/policy.ts';
import type { StoredDoc, StoreReads } from './store.ts';

const PAGE = 500;

/**
 * Every live document of one collection in a family (a family holds few; read
 * in pages), typed as that collection's documents. The data is not parsed
 * again here: every write the store holds went through the collection's
 * schema, and push paths (record and send quotas) read through this.
 */
export async function familyDocs<C extends CollectionName>(
  store: StoreReads,
  collection: C,
  familyId: string,
): Promise<TypedDoc<C>[]> {
  const out: TypedDoc<C>[] = [];
  for (let after = 0; ;) {
    const page = await store.pullDocs(collection, { familyId }, after, PAGE);
    for (const doc of page) if (!doc.deleted && isOf(collection, doc)) out.push(doc);
    if (page.length < PAGE) return out;
    after = page.at(-1)!.seq;
  }
}

/** A stored document of `collection` (its data written through that collection's schema). */
function isOf<C extends CollectionName>(collection: C, doc: StoredDoc): doc is TypedDoc<C> {
  return doc.collection === collection;
}
