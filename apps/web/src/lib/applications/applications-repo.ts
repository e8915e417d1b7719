import {
  COLLECTIONS,
  dismissConflict,
  documentSchema,
  familyMayDeleteApplication,
  resolveField,
  uuidv7,
  type FieldChoice,
} from '@rodnik/domain';
import type { z } from 'zod';
import type { FamilyDatabase, PendingChanges } from '@rodnik/sync-client';
import { byLatestDeletion, isDeleted } from '../recently-deleted/soft-deletion.ts';
import { sendAction } from './application-view.ts';

export const ApplicationDocument = documentSchema(COLLECTIONS.applications);
export type ApplicationDoc = z.output<typeof ApplicationDocument>;

export interface ApplicationsRepoDeps {
  db: FamilyDatabase;
  familyId: string;
  pending: PendingChanges;
  now: () => Date;
  random: (bytes: number) => Uint8Array;
}

type Consent = { given: boolean; at: string };

/**
 * Every write to an application goes through here: into local RxDB first
 * (replication carries it), marked as waiting to be sent. The device writes
 * only client-owned fields: answers, consent, `submittedAt`, `withdrawnAt`.
 */
export function applicationsRepo(deps: ApplicationsRepoDeps) {
  const applications = deps.db.applications;

  async function modify(id: string, change: (doc: ApplicationDoc) => ApplicationDoc | null) {
    const doc = await applications.findOne(id).exec();
    if (!doc) return false;
    let changed = false;
    await doc.incrementalModify((current) => {
      const next = change(current);
      if (next === null) return current;
      changed = true;
      // The change keeps the document's state in RxDB (`_deleted`); only its fields are ours.
      return { ...next, _deleted: current._deleted };
    });
    if (changed) deps.pending.mark('applications', id);
    return changed;
  }

  /** Follows every application on the device, newest first (a live query); returns the unsubscribe. */
  const watch = (
    pick: (docs: ApplicationDoc[]) => ApplicationDoc[],
    listener: (docs: ApplicationDoc[]) => void,
  ) => {
    const sub = applications
      .find({ sort: [{ id: 'desc' }] })
      .$.subscribe((docs) => listener(pick(docs.map((d) => d.toMutableJSON()))));
    return () => sub.unsubscribe();
  };

  return {
    /** Follows the family's applications; discarded drafts wait in «Недавно удалённые». */
    watchLive(listener: (docs: ApplicationDoc[]) => void): () => void {
      return watch((docs) => docs.filter((d) => !isDeleted(d)), listener);
    },

    /** Follows the discarded drafts the server still keeps, the latest first. */
    watchTrashed(listener: (docs: ApplicationDoc[]) => void): () => void {
      return watch((docs) => docs.filter(isDeleted).sort(byLatestDeletion), listener);
    },

    /** A new draft for this service and child; its id is what makes sending idempotent. */
    async create(serviceId: string, childId: string | null): Promise<string> {
      const id = uuidv7(deps.now().getTime(), deps.random(10));
      // Every other field takes the collection's default: one home for a new draft's shape.
      await applications.insert(
        ApplicationDocument.parse({ id, familyId: deps.familyId, serviceId, childId }),
      );
      deps.pending.mark('applications', id);
      return id;
    },

    /** Saves the answers as typed; called on every change. */
    saveAnswers(id: string, answers: Record<string, unknown>): Promise<boolean> {
      return modify(id, (doc) => ({ ...doc, answers }));
    },

    setConsent(id: string, consent: Consent | null): Promise<boolean> {
      return modify(id, (doc) => {
        const { consent: _old, ...rest } = doc;
        return consent === null ? (rest as ApplicationDoc) : { ...rest, consent };
      });
    },

    /**
     * «Отправить» / «Отправить повторно»: the answers to send and a new `submittedAt`.
     * A second press (or a press while the first is still waiting) changes nothing, so
     * there is never a second send, let alone a second application.
     */
    submit(
      id: string,
      answers: Record<string, unknown>,
      documentIds: string[],
      reply?: string,
    ): Promise<boolean> {
      const submittedAt = deps.now().toISOString();
      return modify(id, (doc) =>
        sendAction(doc) === 'none'
          ? null
          : {
              ...doc,
              answers,
              documentIds,
              submittedAt,
              ...(reply === undefined ? {} : { reply: reply.trim().slice(0, 2000) }),
            },
      );
    },

    /**
     * «Исправить и подать снова» after a refusal that allows it: a new draft of the same
     * service and child with the refused one's answers and scans, naming what it corrects.
     */
    async correctAndResend(refused: ApplicationDoc): Promise<string> {
      const id = uuidv7(deps.now().getTime(), deps.random(10));
      await applications.insert(
        ApplicationDocument.parse({
          id,
          familyId: deps.familyId,
          serviceId: refused.serviceId,
          childId: refused.childId,
          answers: refused.answers,
          documentIds: refused.documentIds,
          correctsId: refused.id,
        }),
      );
      deps.pending.mark('applications', id);
      return id;
    },

    /** «Отозвать заявление»: asks the server to withdraw; works offline like a send. */
    withdraw(id: string): Promise<boolean> {
      const withdrawnAt = deps.now().toISOString();
      return modify(id, (doc) => (doc.withdrawnAt !== null ? null : { ...doc, withdrawnAt }));
    },

    /** Settles a field's kept losing values (docs/sync-rules.md «Conflicts»); syncs like an edit. */
    resolveField(id: string, field: string, choice: FieldChoice): Promise<boolean> {
      return modify(id, (doc) => {
        const next = resolveField(doc, field, choice);
        return next === doc ? null : next;
      });
    },

    /** «Убрать»: drops one kept value, the field untouched. */
    dismissConflict(id: string, key: string): Promise<boolean> {
      return modify(id, (doc) => {
        const next = dismissConflict(doc, key);
        return next === doc ? null : next;
      });
    },

    /**
     * A draft never sent is deleted (softly: `deletedAt`, kept 30 days in
     * «Недавно удалённые» on every phone), not withdrawn; a sent one never is.
     */
    async discardDraft(id: string): Promise<void> {
      const deletedAt = deps.now().toISOString();
      await modify(id, (doc) =>
        !familyMayDeleteApplication(doc) || isDeleted(doc) ? null : { ...doc, deletedAt },
      );
    },

    /** «Восстановить»: the draft is back on every phone. */
    async restore(id: string): Promise<void> {
      await modify(id, (doc) => (isDeleted(doc) ? { ...doc, deletedAt: null } : null));
    },
  };
}

export type ApplicationsRepo = ReturnType<typeof applicationsRepo>;
