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
