import type { DiaryDoc, FamilyDatabase, PendingChanges } from '@rodnik/sync-client';

export interface DiaryRepoDeps {
  db: FamilyDatabase;
  familyId: string;
  pending: PendingChanges;
  now: () => Date;
}

/**
 * The electronic diary on the device: one document per child (its id the
 * card's). The device writes only the consent; grades and homework arrive by
 * replication and stay readable offline from IndexedDB.
 */
export function diaryRepo(deps: DiaryRepoDeps) {
  const diary = deps.db.diary;
  return {
    /** Follows every diary on the device; returns the unsubscribe. */
    watch(listener: (docs: DiaryDoc[]) => void): () => void {
      const sub = diary
        .find()
        .$.subscribe((docs) => listener(docs.map((d) => d.toJSON() as DiaryDoc)));
      return () => sub.unsubscribe();
    },

    /** Gives or withdraws the consent to share with the school's diary, even offline. */
    async setConsent(childId: string, given: boolean): Promise<void> {
      const consent = { given, at: deps.now().toISOString() };
      const doc = await diary.findOne(childId).exec();
      if (doc) {
        await doc.incrementalModify((current) => ({ ...current, consent }));
      } else {
        await diary.insert({
          id: childId,
          familyId: deps.familyId,
          serverSeq: 0,
          consent,
          status: 'none',
          grades: [],
          homework: [],
          fetchedAt: null,
        });
      }
      deps.pending.mark('diary', childId);
    },
  };
}
