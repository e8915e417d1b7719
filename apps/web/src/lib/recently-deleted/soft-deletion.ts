import { SOFT_DELETION_DAYS } from '@rodnik/domain';

const DAY_MS = 86_400_000;

/**
 * Soft deletion on the device (docs/sync-rules.md, «Deletion»): a card or
 * draft with `deletedAt` is deleted — hidden from every list, shown only in
 * «Недавно удалённые» until the server turns it into a tombstone.
 */
export function isDeleted(doc: { deletedAt?: string | null }): boolean {
  return typeof doc.deletedAt === 'string';
}

/** Whole days before the server removes it for good (never below 0). */
export function daysLeft(deletedAt: string, now: Date): number {
  const gone = Date.parse(deletedAt) + SOFT_DELETION_DAYS * DAY_MS;
  return Math.max(0, Math.ceil((gone - now.getTime()) / DAY_MS));
}

/** The latest deletion first. */
export function byLatestDeletion(
  a: { deletedAt?: string | null },
  b: { deletedAt?: string | null },
): number {
  return (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '');
}
