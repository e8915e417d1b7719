import {
  APPOINTMENT_FIELDS,
  AppointmentState,
  isAppointmentService,
  jsonEqual,
  mayChangeBooking,
  type ApplicationStatus,
} from '@rodnik/domain';
import {
  refuse,
  type DataOf,
  type PolicyContext,
  type Refusal,
  type Write,
} from '../sync/policy.ts';
import type { TypedDoc } from '../sync/policy.ts';
import { holdAskedSlot, releaseBooking } from './hold-slot.ts';

type Data = DataOf<'applications'>;

/** Sent and not finished: a held booking is moved while it is one of these. */
const BOOKED: readonly ApplicationStatus[] = ['submitted', 'in_review', 'resubmitted'];
/** What a reschedule may change in the answers: the doctor (same specialty) and the slot. */
const MOVABLE = new Set<string>([APPOINTMENT_FIELDS.doctor, APPOINTMENT_FIELDS.slot]);
const FROZEN = [
  'serviceId',
  'childId',
  'documentIds',
  'consent',
  'correctsId',
  'withdrawnAt',
  'reply',
  'deletedAt',
];

function appointmentOf(data: Record<string, unknown> | null | undefined): AppointmentState | null {
  const parsed = AppointmentState.nullable().safeParse(data?.appointment ?? null);
  return parsed.success ? parsed.data : null;
}

/**
 * «Перенести запись»: a held booking's device sends new answers (another slot, maybe another
 * doctor) with a new `submittedAt`. The application's form is otherwise frozen once sent, so
 * this is judged here, before the application rules: until the visit starts, the new slot is
 * held and the old one freed in the same transaction; a new slot already taken leaves the old
 * one held (the answers go back to it) and names the nearest free ones. Null when the push
 * is not a reschedule: the application rules judge it.
 */
export async function judgeReschedule(
  ctx: PolicyContext,
  master: TypedDoc<'applications'> | null,
  data: Data,
): Promise<Write<'applications', { process: null; withdraw: false }> | Refusal | null> {
  const before = master?.data;
  const current = appointmentOf(before);
  if (!before || !isAppointmentService(before.serviceId) || current?.status !== 'held') return null;
  if (!BOOKED.includes(before.status) || data.submittedAt === before.submittedAt) return null;
  if (FROZEN.some((field) => !jsonEqual(before[field as keyof Data], data[field as keyof Data]))) {
    return null;
  }
  const was = before.answers;
  const now = data.answers;
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  if ([...keys].some((key) => !MOVABLE.has(key) && !jsonEqual(was[key], now[key]))) return null;
  if (!mayChangeBooking(current.start, ctx.at)) return refuse();
  const appointment = await holdAskedSlot(ctx.tx, {
    applicationId: master.id,
    familyId: master.familyId,
    answers: now,
    current,
    now: ctx.at,
  });
  const moved = appointment?.status === 'held' && appointment.taken === null;
  const answers = moved
    ? now
    : {
        ...now,
        [APPOINTMENT_FIELDS.doctor]: current.doctorId,
        [APPOINTMENT_FIELDS.slot]: current.start,
      };
  return {
    kind: 'write',
    data: { ...data, answers, appointment: appointment ?? current },
    effects: { process: null, withdraw: false },
  };
}

/** A send or resend of a booking: the slot is held now, in the push's transaction. */
export async function holdOnSend(ctx: PolicyContext, id: string, next: Data): Promise<Data> {
  if (!isAppointmentService(next.serviceId)) return next;
  const appointment = await holdAskedSlot(ctx.tx, {
    applicationId: id,
    familyId: ctx.actor.familyId,
    answers: next.answers,
    current: appointmentOf(next),
    now: ctx.at,
  });
  return { ...next, appointment };
}

/** «Отменить запись» is a withdrawal, allowed until the visit starts. */
export function mayCancel(data: Record<string, unknown> | null | undefined, at: Date): boolean {
  const current = appointmentOf(data);
  return current?.status !== 'held' || mayChangeBooking(current.start, at);
}

/**
 * A withdrawn booking frees its slot in the withdrawal's transaction; what the withdrawal
 * writes besides the status (the released booking), or nothing for other services.
 */
export async function releaseOnWithdrawal(
  ctx: PolicyContext,
  written: TypedDoc<'applications'>,
): Promise<{ appointment?: AppointmentState | null }> {
  if (!isAppointmentService(written.data.serviceId)) return {};
  const current = appointmentOf(written.data);
  return { appointment: await releaseBooking(ctx.tx, written.id, current, ctx.at) };
}
