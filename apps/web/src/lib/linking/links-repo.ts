import { COLLECTIONS, documentSchema, uuidv7 } from '@rodnik/domain';
import type { FamilyDatabase, LinkDoc, PendingChanges } from '@rodnik/sync-client';
import { currentLink } from './link-state.ts';

const LinkDocument = documentSchema(COLLECTIONS.links);

export interface LinksRepoDeps {
  db: FamilyDatabase;
  familyId: string;
  pending: PendingChanges;
  now: () => Date;
  random: (bytes: number) => Uint8Array;
}

/**
 * «Получить код привязки» goes through local RxDB like every other write, so
 * it works offline: the device creates (or touches) the child's `links`
 * document with a new `codeRequestedAt`; the server issues the code on push
 * and the code comes back down with the document.
 */
export function linksRepo(deps: LinksRepoDeps) {
  const links = deps.db.links;

  async function findFor(childId: string) {
    const docs = await links.find({ selector: { childId } }).exec();
    // One link per child is the rule; should two devices both have made one, the one shown.
    const shown = currentLink(docs.map((doc) => doc.toJSON()));
    return docs.find((doc) => doc.primary === shown?.id) ?? null;
  }

  return {
    /** Asks for a (new) linking code for the child; returns the link document's id. */
    async requestCode(childId: string): Promise<string> {
      const codeRequestedAt = deps.now().toISOString();
      const existing = await findFor(childId);
      if (existing) {
        await existing.incrementalPatch({ codeRequestedAt });
        deps.pending.mark('links', existing.primary);
        return existing.primary;
      }
      const id = uuidv7(deps.now().getTime(), deps.random(10));
      // The server-owned fields take the collection's defaults: one home for a new link's shape.
      await links.insert(
        LinkDocument.parse({ id, familyId: deps.familyId, childId, codeRequestedAt }),
      );
      deps.pending.mark('links', id);
      return id;
    },

    /** The child's link as stored on the device (null when none was ever asked for). */
    async get(childId: string): Promise<LinkDoc | null> {
      const doc = await findFor(childId);
      return doc ? doc.toMutableJSON() : null;
    },
  };
}

export type LinksRepo = ReturnType<typeof linksRepo>;
