import {
  AppointmentState,
  appointmentAsk,
  bookableSlots,
  bookingDays,
  doctorById,
  isAppointmentService,
  isBookableSlot,
  nearestFreeSlots,
} from '@rodnik/domain';
import type { StoreReads, StoreWrites } from '../store/store.ts';

/** What the booking's send asks the store to hold. */
export interface HoldAsk {
  applicationId: string;
  familyId: string;
  answers: unknown;
  /** The slot the application holds now, when it holds one (a reschedule). */
  current: AppointmentState | null;
  now: Date;
}

/** The end of the booking window, for listing holds: the day after the last booking day. */
function windowOf(now: Date): { from: string; until: string } {
  const days = bookingDays(now);
  return { from: `${days[0]}T00:00`, until: `${days.at(-1)}T24:00` };
}

/** A doctor's slots that no application holds, from `now` through the booking days. */
export async function freeSlotsOf(
  store: StoreReads,
  doctorId: string,
  now: Date,
): Promise<string[]> {
  const doctor = doctorById(doctorId);
  if (!doctor) return [];
  const { from, until } = windowOf(now);
  const held = new Set((await store.listSlotHolds([doctorId], from, until)).map((h) => h.start));
  return bookableSlots(doctor, now).filter((start) => !held.has(start));
}

/**
 * Holds the asked slot for the application, in the push's transaction: the store's key
 * per (doctor, start) lets exactly one application hold it however many families send at
 * once. Held: the application's other slot (a reschedule's old one) is freed in the same
 * transaction. Taken (or no longer bookable): nothing is freed — a reschedule keeps its
 * old slot — and the nearest free slots of that doctor come back to choose from. Null when
 * the answers name no slot (the arrival check names the missing answer).
 */
export async function holdAskedSlot(
  tx: StoreWrites,
  ask: HoldAsk,
): Promise<AppointmentState | null> {
  const asked = appointmentAsk(ask.answers);
  const doctor = asked ? doctorById(asked.doctorId) : undefined;
  if (!asked || !doctor) return null;
  const at = ask.now.toISOString();
  const held =
    isBookableSlot(doctor, asked.start, ask.now) &&
    (await tx.holdSlot({
      doctorId: asked.doctorId,
      start: asked.start,
      applicationId: ask.applicationId,
      familyId: ask.familyId,
      heldAt: at,
    }));
  if (held) {
    await tx.releaseSlots(ask.applicationId, asked);
    return { status: 'held', ...asked, taken: null, alternatives: [], at };
  }
  const alternatives = nearestFreeSlots(
    asked.start,
    await freeSlotsOf(tx, asked.doctorId, ask.now),
  );
  const keeps = ask.current?.status === 'held' ? ask.current : null;
  return keeps
    ? { ...keeps, taken: asked.start, alternatives, at }
    : { status: 'slot-taken', ...asked, taken: asked.start, alternatives, at };
}

/** Frees the application's slot (a cancelled booking): the state says it was released. */
export async function releaseBooking(
  tx: StoreWrites,
  applicationId: string,
  current: AppointmentState | null,
  now: Date,
): Promise<AppointmentState | null> {
  await tx.releaseSlots(applicationId);
  return current === null
    ? null
    : { ...current, status: 'released', taken: null, alternatives: [], at: now.toISOString() };
}

/**
 * An operator's refusal of a booking frees its slot in the decision's transaction: what the
 * decision writes besides its status (the released booking), or nothing for other services.
 */
export async function releaseOnRefusal(
  tx: StoreWrites,
  doc: { id: string; data: Record<string, unknown> },
  now: Date,
): Promise<{ appointment?: AppointmentState | null }> {
  if (!isAppointmentService(doc.data.serviceId)) return {};
  const parsed = AppointmentState.nullable().safeParse(doc.data.appointment ?? null);
  const current = parsed.success ? parsed.data : null;
  return { appointment: await releaseBooking(tx, doc.id, current, now) };
}
