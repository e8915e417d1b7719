import { z } from 'zod';
import { Actor } from './machine.ts';

/**
 * One line of a document's status history. `status` is a plain string so one
 * schema serves every machine; the machine itself guards which values occur.
 */
export const StatusHistoryEntry = z.object({
  status: z.string().min(1).max(40),
  at: z.iso.datetime({ offset: true }),
  by: Actor,
  note: z.string().max(1000).optional(),
});
export type StatusHistoryEntry = z.infer<typeof StatusHistoryEntry>;

/** The most lines a record keeps: a bound on its size whatever happens to it. */
export const MAX_STATUS_HISTORY = 200;

/** A record's status history (as the collection schemas bound it). */
export const statusHistoryField = z.array(StatusHistoryEntry).max(MAX_STATUS_HISTORY).default([]);

/**
 * The history with one more line, the oldest dropped past the bound: a card
 * resubmitted for years must still be movable, and a server write that broke
 * its own schema would stop the job that made it. The newest lines are the
 * ones every rule reads (today's sends, the last decision).
 */
export function withStatus(
  history: readonly StatusHistoryEntry[] | undefined,
  entry: StatusHistoryEntry,
): StatusHistoryEntry[] {
  return [...(history ?? []), entry].slice(-MAX_STATUS_HISTORY);
}
