import type { FamilyApp } from '../app/family-app.ts';

/**
 * «Перенести запись»: the new doctor and slot with a new `submittedAt`, written to the
 * phone first and sent by replication (offline it waits); the server holds the new slot
 * and frees the old one in one transaction, or keeps the old one when the new was taken.
 */
export async function rescheduleBooking(
  app: Pick<FamilyApp, 'db' | 'pending'>,
  id: string,
  to: { doctorId: string; start: string },
  now: Date,
): Promise<boolean> {
  const doc = await app.db.applications.findOne(id).exec();
  if (!doc) return false;
  await doc.incrementalModify((current) => ({
    ...current,
    answers: {
      ...(current.answers as Record<string, unknown>),
      doctor: to.doctorId,
      slot: to.start,
    },
    submittedAt: now.toISOString(),
  }));
  app.pending.mark('applications', id);
  return true;
}
