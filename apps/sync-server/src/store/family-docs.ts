import type { CollectionName } from '@rodnik/domain';
import type { StoredDoc, StoreReads } from './store.ts';

const PAGE = 500;

/** Every live document of one collection in a family (a family holds few; read in pages). */
export async function familyDocs(
  store: StoreReads,
  collection: CollectionName,
  familyId: string,
): Promise<StoredDoc[]> {
  const out: StoredDoc[] = [];
  for (let after = 0; ;) {
    const page = await store.pullDocs(collection, { familyId }, after, PAGE);
    out.push(...page.filter((doc) => !doc.deleted));
    if (page.length < PAGE) return out;
    after = page.at(-1)!.seq;
  }
}
