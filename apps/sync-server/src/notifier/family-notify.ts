import {
  DEFAULT_NOTIFICATION_PREFS,
  NotificationPrefs,
  serviceById,
  type ApplicationStatus,
} from '@rodnik/domain';
import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import { enqueue, type JobPayload } from '../jobs/job-registry.ts';
import { familyDocs } from '../store/family-docs.ts';
import type { Account, Channel, Store, StoreWrites } from '../store/store.ts';
import type { Notifier } from './notifier.ts';
import { quietHoursEnd } from './quiet-hours.ts';

export const FAMILY_NOTIFY_JOB = 'family-notify';

/** One status change of an application to tell the family of, outside the app. */
export type FamilyNotifyJob = JobPayload<typeof FAMILY_NOTIFY_JOB>;

const DECISIONS: readonly ApplicationStatus[] = ['approved', 'rejected'];
/** The family's own moves (a send, a withdrawal) need no message: they made them. */
const SILENT: readonly ApplicationStatus[] = ['draft', 'withdrawn'];

const WORDS: Record<ApplicationStatus, string> = {
  draft: 'черновик',
  submitted: 'принято, присвоен номер',
  in_review: 'на рассмотрении',
  needs_info: 'нужны уточнения — ответьте в приложении',
  resubmitted: 'получен ваш ответ',
  approved: 'одобрено — что дальше, смотрите в приложении',
  rejected: 'отказано — причина в приложении',
  withdrawn: 'отозвано',
};

/**
 * The message: the request number and the service, nothing about the child or the parent
 * (an SMS is read on a lock screen, an e-mail passes through others' servers).
 */
export function familyMessageText(
  serviceId: string,
  requestNumber: string | null,
  status: ApplicationStatus,
): string {
  const title = serviceById(serviceId)?.title.ru ?? 'Заявление';
  const number = requestNumber ? `№ ${requestNumber}` : 'без номера';
  return `Родник: заявление ${number} («${title}») — ${WORDS[status]}.`;
}

/** Queued in the transaction that moved the status, so a rollback sends nothing. */
export async function enqueueFamilyNotify(tx: StoreWrites, job: FamilyNotifyJob): Promise<void> {
  await enqueue(tx, FAMILY_NOTIFY_JOB, job, {
    id: `${FAMILY_NOTIFY_JOB}:${job.moveId}`,
    now: job.at,
  });
}

function prefsOf(data: Record<string, unknown> | undefined): NotificationPrefs {
  const parsed = NotificationPrefs.safeParse(data?.notify);
  return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_PREFS;
}

function contactOf(account: Account, channel: Channel): string | null {
  if (channel === 'sms') return account.phoneConfirmedAt ? account.phone : null;
  return account.emailConfirmedAt ? account.email : null;
}

/**
 * Sends one status change to every member of the family who wants it: by the channels and
 * events each chose, SMS held through their quiet hours (a new job at their end). Only
 * confirmed contacts get messages. Safe to run twice: at worst a message goes twice.
 */
export async function notifyFamily(
  deps: { store: Store; clock: Clock; notifier: Notifier; logger: Logger },
  job: FamilyNotifyJob,
): Promise<void> {
  if (SILENT.includes(job.status)) return;
  const application = await deps.store.getDoc('applications', job.applicationId);
  if (!application || application.deleted) return;
  const text = familyMessageText(
    String(application.data.serviceId),
    (application.data.requestNumber as string | null) ?? null,
    job.status,
  );
  const event = DECISIONS.includes(job.status) ? 'decision' : 'status';
  const members = await familyDocs(deps.store, 'members', application.familyId);
  const accounts = await deps.store.listFamilyAccounts(application.familyId);
  const now = deps.clock.now();
  for (const account of accounts) {
    if (account.role === 'operator') continue;
    if (job.only && job.only.accountId !== account.id) continue;
    const prefs = prefsOf(members.find((m) => m.data.accountId === account.id)?.data);
    if (!prefs.events.includes(event)) continue;
    for (const channel of ['sms', 'email'] as const) {
      if (job.only && job.only.channel !== channel) continue;
      if (!prefs[channel]) continue;
      const to = contactOf(account, channel);
      if (!to) continue;
      const heldUntil = channel === 'sms' ? quietHoursEnd(now, prefs.quiet) : null;
      if (heldUntil) {
        await deps.store.transaction((tx) =>
          tx.enqueueJob({
            id: `${FAMILY_NOTIFY_JOB}:${job.moveId}:${account.id}:${channel}`,
            kind: FAMILY_NOTIFY_JOB,
            payload: { ...job, only: { accountId: account.id, channel } },
            status: 'pending',
            attempts: 0,
            runAfter: heldUntil.toISOString(),
            lastError: null,
          }),
        );
        continue;
      }
      await deps.notifier.send({ channel, to, purpose: `application-${event}`, text });
    }
  }
  deps.logger.info({ application: job.applicationId, status: job.status }, 'family notified');
}
