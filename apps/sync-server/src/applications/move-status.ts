import {
  applicationMachine,
  transition,
  type ApplicationStatus,
  type StatusHistoryEntry,
  withStatus,
} from '@rodnik/domain';
import { ApiFailure } from '../http/api-failure.ts';
import type { StoredDoc, StoreWrites } from '../store/store.ts';
import { applicationNotification } from './notifications.ts';
import { enqueueFamilyNotify } from '../notifier/family-notify.ts';

/** A sent application carries this lookup key, so operators list them across families. */
export const SENT_KEY = 'application:sent';

/** The lookup keys of a send: listed for operators, and who sent it (for their passport). */
export function sentKeys(senderAccountId: string): string[] {
  return [SENT_KEY, senderKey(senderAccountId)];
}

export function senderKey(accountId: string): string {
  return `application:sender:${accountId}`;
}

/**
 * Moves an application along its machine, appends the history line, writes
 * the document, the family's notification and the job that tells them by SMS
 * and e-mail in the caller's transaction.
 * An illegal move throws 409 `illegal-transition` and writes nothing.
 */
export async function moveApplication(
  tx: StoreWrites,
  doc: StoredDoc,
  to: ApplicationStatus,
  options: {
    by: 'client' | 'server';
    now: string;
    notificationId: string;
    extra?: Record<string, unknown>;
  },
): Promise<StoredDoc> {
  const from = doc.data.status as ApplicationStatus;
  const moved = transition(applicationMachine, from, to, options.by);
  if (!moved.ok) throw new ApiFailure(409, 'illegal-transition', { status: from });
  const history = (doc.data.statusHistory as StatusHistoryEntry[] | undefined) ?? [];
  const written = await tx.putDoc({
    ...doc,
    data: {
      ...doc.data,
      ...options.extra,
      status: to,
      statusHistory: withStatus(history, { status: to, at: options.now, by: options.by }),
    },
  });
  await tx.putDoc(applicationNotification(options.notificationId, written, to, options.now));
  // And by SMS and e-mail, as each member chose: a stored job, so a rollback sends nothing.
  await enqueueFamilyNotify(tx, {
    applicationId: doc.id,
    status: to,
    at: options.now,
    moveId: options.notificationId,
  });
  return written;
}
