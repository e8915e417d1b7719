import { z } from 'zod';
import { FieldConflict } from '../sync/merge.ts';

/** A free-text draft value: kept as typed, length-capped; rules apply on submit. */
export const draftText = (max = 200) => z.string().max(max).optional();

export const IsoDateTime = z.iso.datetime({ offset: true });
export const Id = z.string().min(1).max(64);

/**
 * When a person deleted the record (docs/sync-rules.md): a soft deletion that
 * stays in «Недавно удалённые» for 30 days and merges like any field, so an
 * edit the deleting device never saw is kept with it. `null` = live.
 */
export const deletedAtField = IsoDateTime.nullable().default(null);

/** How long a soft-deleted record stays restorable before the server makes it a tombstone. */
export const SOFT_DELETION_DAYS = 30;

/** Conflicts kept on a document so the user can re-apply a losing edit. */
export const conflictsField = z.array(FieldConflict).max(200).default([]);

export const LocalizedText = z.object({ ru: z.string().max(2000), en: z.string().max(2000) });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A problem the server found in one field, by code (the UI words it). */
export const FieldIssue = z.object({
  field: z.string().max(200),
  code: z.string().max(80),
});
export type FieldIssue = z.infer<typeof FieldIssue>;
