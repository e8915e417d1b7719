import type { PassportDraft } from '@rodnik/domain';
import type { FamilyDatabase, PendingChanges } from '@rodnik/sync-client';
import type { MemberDoc } from './passport-form.ts';

export interface MembersRepoDeps {
  db: FamilyDatabase;
  pending: PendingChanges;
  now: () => Date;
}

/**
 * The parent's own member document: the server creates it, the device writes
 * only its client fields (the passport draft and `identitySubmittedAt`),
 * through local RxDB like every other write, so it works offline.
 */
export function membersRepo(deps: MembersRepoDeps) {
  const members = deps.db.members;

  async function own(id: string) {
    return members.findOne(id).exec();
  }

  return {
    /** The signed-in account's member document, live (null until the first pull brings it). */
    observeOwn(accountId: string, listener: (member: MemberDoc | null) => void): () => void {
      const sub = members.find({ selector: { accountId } }).$.subscribe((docs) => {
        listener(docs[0] ? docs[0].toMutableJSON() : null);
      });
      return () => sub.unsubscribe();
    },

    /** Saves the passport as typed; called on every change. */
    async savePassport(id: string, passport: PassportDraft): Promise<void> {
      const doc = await own(id);
      if (!doc) return;
      await doc.incrementalModify((current) => ({ ...current, passport: clean(passport) }));
      deps.pending.mark('members', id);
    },

    /** «Подтвердить учётную запись»: canonical passport plus the request time; works offline. */
    async submit(id: string, passport: PassportDraft): Promise<void> {
      const doc = await own(id);
      if (!doc) return;
      const identitySubmittedAt = deps.now().toISOString();
      await doc.incrementalModify((current) => ({
        ...current,
        passport: clean(passport),
        identitySubmittedAt,
      }));
      deps.pending.mark('members', id);
    },
  };
}

export type MembersRepo = ReturnType<typeof membersRepo>;

/** An empty input is an absent field. */
function clean(passport: PassportDraft): PassportDraft {
  return Object.fromEntries(
    Object.entries(passport).filter(([, v]) => v !== undefined && v !== ''),
  ) as PassportDraft;
}
