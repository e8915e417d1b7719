import { uuidv7 } from '@rodnik/domain';
import type { AnyDoc, FamilyDatabase, PendingChanges } from '@rodnik/sync-client';
import { currentLink, type LinkLike } from './link-state.ts';

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
    const shown = currentLink(docs.map((doc) => doc.toJSON() as unknown as LinkLike));
    return docs.find((doc) => doc.primary === shown?.id) ?? null;
  }

  return {
    /** Asks for a (new) linking code for the child; returns the link document's id. */
    async requestCode(childId: string): Promise<string> {
      const codeRequestedAt = deps.now().toISOString();
      const existing = await findFor(childId);
      if (existing) {
        await existing.incrementalPatch({ codeRequestedAt } as Partial<AnyDoc>);
        deps.pending.mark('links', existing.primary);
        return existing.primary;
      }
      const id = uuidv7(deps.now().getTime(), deps.random(10));
      await links.insert({
        id,
        familyId: deps.familyId,
        serverSeq: 0,
        childId,
        codeRequestedAt,
      } as AnyDoc);
      deps.pending.mark('links', id);
      return id;
    },

    /** The child's link as stored on the device (null when none was ever asked for). */
    async get(childId: string): Promise<LinkLike | null> {
      const doc = await findFor(childId);
      return doc ? (doc.toJSON() as unknown as LinkLike) : null;
    },
  };
}

export type LinksRepo = ReturnType<typeof linksRepo>;
