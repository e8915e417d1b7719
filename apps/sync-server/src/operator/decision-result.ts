import {
  answersSchema,
  directoryLabel,
  paymentPlan,
  type DecisionResult,
  type IssuedDocument,
  type Service,
} from '@rodnik/domain';
import { enqueuePayment } from '../payments/payment-job.ts';
import type { StoredDoc, StoreWrites } from '../store/store.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The certificate or extract an approval delivers to the family's phones: text (not an
 * image), so it is selectable, printable and read aloud. It names the child, as the paper
 * one does; it travels only to the family through replication, never in an SMS or e-mail.
 */
export function issuedDocument(
  service: Service,
  application: StoredDoc,
  card: StoredDoc | null,
  result: DecisionResult,
  now: string,
): IssuedDocument {
  const number =
    result.documentNumber ?? `${String(application.data.requestNumber ?? application.id)}-1`;
  const child = card && !card.deleted && card.familyId === application.familyId ? card.data : {};
  const name = [child.surname, child.givenName, child.patronymic].map(text).filter(Boolean);
  const answers = (application.data.answers ?? {}) as Record<string, unknown>;
  const lines: IssuedDocument['lines'] = [];
  if (name.length > 0) lines.push({ label: { ru: 'Ребёнок', en: 'Child' }, value: name.join(' ') });
  if (text(child.birthDate)) {
    lines.push({
      label: { ru: 'Дата рождения', en: 'Date of birth' },
      value: text(child.birthDate),
    });
  }
  // The answers this document certifies (the school and grade of a certificate of study).
  for (const field of service.form) {
    const value = answers[field.id];
    if (field.kind === 'select' && field.source.kind === 'directory' && typeof value === 'string') {
      const label = directoryLabel(field.source.directory, value);
      if (label) lines.push({ label: field.label, value: label.ru });
    } else if (
      field.kind === 'number' &&
      (typeof value === 'number' || typeof value === 'string')
    ) {
      lines.push({ label: field.label, value: String(value) });
    }
  }
  lines.push({
    label: { ru: 'Основание', en: 'Grounds' },
    value: `заявление № ${String(application.data.requestNumber ?? '')}`,
  });
  return { title: service.issuesDocument!.title, number, issuedAt: now, lines: lines.slice(0, 20) };
}

/** After an approval: the payout or the charge, opened through the `Payments` port by a job. */
export async function approvalFollowUps(
  tx: StoreWrites,
  service: Service,
  application: StoredDoc,
  result: DecisionResult,
  now: string,
): Promise<void> {
  const parsed = answersSchema(service).safeParse(application.data.answers ?? {});
  const plan = paymentPlan(service, parsed.success ? parsed.data : {});
  const reference = String(application.data.requestNumber ?? application.id);
  if (plan.kind === 'payout') {
    await enqueuePayment(
      tx,
      {
        applicationId: application.id,
        reference,
        kind: 'payout',
        amountRub: result.amountRub ?? 0,
      },
      now,
    );
  } else if (plan.kind === 'charge') {
    await enqueuePayment(
      tx,
      { applicationId: application.id, reference, kind: 'charge', amountRub: plan.priceRub },
      now,
    );
  }
}
