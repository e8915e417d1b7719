import type { CollectionName } from '../sync/protocol.ts';

/**
 * How many records of a kind one family may hold on the server: far above
 * what a real family keeps (a few children, a handful of drafts a year), low
 * enough that one family cannot fill the store others share. Counted are the
 * records that cost while they live: cards and scans not in «Недавно
 * удалённые», and application drafts (sent applications are the family's
 * history and are limited by the daily send quota instead).
 */
export const FAMILY_RECORD_LIMITS = {
  children: 30,
  applications: 50,
  documents: 2000,
  links: 100,
} as const satisfies Partial<Record<CollectionName, number>>;

export type LimitedCollection = keyof typeof FAMILY_RECORD_LIMITS;

export function isLimitedCollection(name: CollectionName): name is LimitedCollection {
  return Object.hasOwn(FAMILY_RECORD_LIMITS, name);
}

/** Whether a record counts against its family's limit (`data` as stored; `deleted` a tombstone). */
export function countsAgainstLimit(
  collection: LimitedCollection,
  data: Record<string, unknown>,
  deleted: boolean,
): boolean {
  if (deleted || (data.deletedAt ?? null) !== null) return false;
  return collection === 'applications' ? data.status === 'draft' : true;
}
