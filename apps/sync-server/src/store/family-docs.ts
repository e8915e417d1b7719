import { COLLECTIONS, type CollectionName } from '@rodnik/domain';
import { z } from 'zod';
import type { DataOf, TypedDoc } from '../sync/policy.ts';
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

/**
 * What a stored document's data holds: the client- and server-owned fields
 * (the frame is in columns), merged by shape as `documentSchema` does.
 */
const { children, documents, applications, links, notifications, members, diary } = COLLECTIONS;
const DATA: { [C in CollectionName]: z.ZodType<DataOf<C>, unknown> } = {
  children: z.object({ ...children.client.shape, ...children.server.shape }),
  documents: z.object({ ...documents.client.shape, ...documents.server.shape }),
  applications: z.object({ ...applications.client.shape, ...applications.server.shape }),
  links: z.object({ ...links.client.shape, ...links.server.shape }),
  notifications: z.object({ ...notifications.client.shape, ...notifications.server.shape }),
  members: z.object({ ...members.client.shape, ...members.server.shape }),
  diary: z.object({ ...diary.client.shape, ...diary.server.shape }),
};

/**
 * A stored document read back as its collection's domain type, parsed: a
 * field added to the schema after the document was written takes its
 * default. For jobs and the operator, which read a document at a time; data
 * the schema refuses is an error naming the collection, the id and the field.
 */
export function parsedDoc<C extends CollectionName>(collection: C, doc: StoredDoc): TypedDoc<C> {
  if (doc.collection !== collection) {
    throw new Error(`stored document ${doc.id} is in ${doc.collection}, not ${collection}`);
  }
  const parsed = DATA[collection].safeParse(doc.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `stored ${collection} document ${doc.id} does not match its schema: ${issue?.path.join('.') || '(root)'} ${issue?.code ?? ''}`,
    );
  }
  return { ...doc, collection, data: parsed.data };
}

/** One document through `parsedDoc`, or null when there is none. */
export async function readDoc<C extends CollectionName>(
  store: StoreReads,
  collection: C,
  id: string,
): Promise<TypedDoc<C> | null> {
  const doc = await store.getDoc(collection, id);
  return doc ? parsedDoc(collection, doc) : null;
}
