import {
  CHILD_CARD_DRAFT_FIELDS,
  dismissConflict,
  resolveField,
  uuidv7,
  type FieldChoice,
} from '@rodnik/domain';
import type { ChildDoc, FamilyDatabase, PendingChanges } from '@rodnik/sync-client';
import { byLatestDeletion, isDeleted } from '../recently-deleted/soft-deletion.ts';
import type { Draft } from './card-form.ts';

export interface ChildrenRepoDeps {
  db: FamilyDatabase;
  familyId: string;
  pending: PendingChanges;
  now: () => Date;
  random: (bytes: number) => Uint8Array;
}

/**
 * Every write to a child card goes through here: into local RxDB first
 * (replication carries it to the server), and marked as waiting to be sent.
 * The device writes only client-owned fields; it never sets a status.
 */
export function childrenRepo(deps: ChildrenRepoDeps) {
  const children = deps.db.children;
  /** Follows every card on the device (a live query); returns the unsubscribe. */
  const watch = (pick: (docs: ChildDoc[]) => ChildDoc[], listener: (docs: ChildDoc[]) => void) => {
    const sub = children
      .find({ sort: [{ id: 'asc' }] })
      .$.subscribe((docs) => listener(pick(docs.map((d) => d.toJSON() as ChildDoc))));
    return () => sub.unsubscribe();
  };

  async function setDeletedAt(id: string, deletedAt: string | null): Promise<void> {
    const doc = await children.findOne(id).exec();
    if (!doc || (doc.deletedAt ?? null) === deletedAt) return;
    await doc.incrementalModify((current) => ({ ...current, deletedAt }));
    deps.pending.mark('children', id);
  }

  return {
    /** Follows the family's cards; deleted ones wait in «Недавно удалённые» instead. */
    watchLive(listener: (docs: ChildDoc[]) => void): () => void {
      return watch((docs) => docs.filter((d) => !isDeleted(d)), listener);
    },

    /** Follows the deleted cards the server still keeps, the latest deletion first. */
    watchTrashed(listener: (docs: ChildDoc[]) => void): () => void {
      return watch((docs) => docs.filter(isDeleted).sort(byLatestDeletion), listener);
    },

    async create(): Promise<string> {
      const id = uuidv7(deps.now().getTime(), deps.random(10));
      await children.insert({
        id,
        familyId: deps.familyId,
        serverSeq: 0,
        deletedAt: null,
        // Russia first: most cards keep it, and the field shows «Россия» from the start.
        citizenship: 'RU',
        birthCertificate: { kind: 'ru' },
      } as ChildDoc);
      deps.pending.mark('children', id);
      return id;
    },

    /** Saves the draft as typed; called on every change. */
    async saveDraft(id: string, draft: Draft): Promise<void> {
      const doc = await children.findOne(id).exec();
      if (!doc) return;
      await doc.incrementalModify((current) => ({ ...stripDraft(current), ...clean(draft) }));
      deps.pending.mark('children', id);
    },

    /** «Отправить на проверку»: canonical values plus the submission time; works offline. */
    async submit(id: string, canonical: Draft): Promise<void> {
      const doc = await children.findOne(id).exec();
      if (!doc) return;
      const submittedAt = deps.now().toISOString();
      await doc.incrementalModify((current) => ({
        ...stripDraft(current),
        ...clean(canonical),
        submittedAt,
      }));
      deps.pending.mark('children', id);
    },

    /** Settles a field's kept losing values (docs/sync-rules.md «Conflicts»); syncs like an edit. */
    async resolveField(id: string, field: string, choice: FieldChoice): Promise<void> {
      const doc = await children.findOne(id).exec();
      if (!doc) return;
      await doc.incrementalModify((current) => resolveField(current, field, choice));
      deps.pending.mark('children', id);
    },

    /** «Убрать»: drops one kept value, the field untouched. */
    async dismissConflict(id: string, key: string): Promise<void> {
      const doc = await children.findOne(id).exec();
      if (!doc) return;
      await doc.incrementalModify((current) => dismissConflict(current, key));
      deps.pending.mark('children', id);
    },

    /**
     * Deletes softly: `deletedAt` syncs like any field, so the card stays in
     * «Недавно удалённые» on every phone for 30 days, edits it never saw included.
     */
    async remove(id: string): Promise<void> {
      const doc = await children.findOne(id).exec();
      if (!doc || isDeleted(doc)) return;
      await setDeletedAt(id, deps.now().toISOString());
    },

    /** «Восстановить»: the card is back on every phone. */
    restore(id: string): Promise<void> {
      return setDeletedAt(id, null);
    },
  };
}

export type ChildrenRepo = ReturnType<typeof childrenRepo>;

const DRAFT_KEYS = CHILD_CARD_DRAFT_FIELDS;

/** The document without its draft fields, so an emptied field really goes. */
function stripDraft(doc: ChildDoc): ChildDoc {
  const copy: Record<string, unknown> = { ...doc };
  for (const key of DRAFT_KEYS) delete copy[key];
  return copy as ChildDoc;
}

/** Drops undefined and empty-string values (deeply): an empty input is an absent field. */
function clean<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === '') continue;
    const inner = clean(v);
    if (
      typeof inner === 'object' &&
      inner !== null &&
      !Array.isArray(inner) &&
      Object.keys(inner).length === 0
    )
      continue;
    out[k] = inner;
  }
  return out as T;
}
