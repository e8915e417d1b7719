import {
  AppointmentState,
  SPECIALTIES,
  doctorsOf,
  mayChangeBooking,
  moscowMinute,
} from '@rodnik/domain';

/** The schedule as the server gave it (`GET /family/schedule/{clinicId}`) and the phone keeps it. */
export interface ClinicSlots {
  clinicId: string;
  readAt: string;
  days: string[];
  doctors: { doctorId: string; free: string[] }[];
}

type Locale = 'ru' | 'en';

/** The specialties the polyclinic has doctors of, in the portal's order. */
export function specialtiesAt(clinicId: string): (typeof SPECIALTIES)[number][] {
  const present = new Set(doctorsOf(clinicId).map((d) => d.specialty));
  return SPECIALTIES.filter((s) => present.has(s.value));
}

/**
 * A doctor's free slots as far as this phone knows: the kept schedule's, not yet begun
 * (a copy fetched yesterday still lists this morning's), the slot the family already holds
 * left out.
 */
export function freeSlots(
  schedule: ClinicSlots | null,
  doctorId: string,
  now: Date,
  holding: string | null = null,
): string[] {
  const current = moscowMinute(now);
  const free = schedule?.doctors.find((d) => d.doctorId === doctorId)?.free ?? [];
  return free.filter((start) => start > current && start !== holding);
}

/** The booking days that still have a free slot with this doctor, and how many. */
export function daysWithSlots(slots: readonly string[]): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const start of slots)
    counts.set(start.slice(0, 10), (counts.get(start.slice(0, 10)) ?? 0) + 1);
  return [...counts].map(([day, count]) => ({ day, count }));
}

export function slotsOn(slots: readonly string[], day: string): string[] {
  return slots.filter((start) => start.startsWith(day));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
      ...options,
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format;
}

/** A booking day as a chip shows it: «ср» and «25 нояб.». */
export function dayChip(day: string, locale: Locale): { weekday: string; date: string } {
  const at = new Date(`${day}T00:00:00Z`);
  return {
    weekday: dayFormat(locale, { weekday: 'short' }).format(at),
    date: dayFormat(locale, { day: 'numeric', month: 'short' }).format(at),
  };
}

/** A slot in words: «среда, 25 ноября, 09:20» (Moscow time, as the polyclinic keeps it). */
export function slotWords(start: string, locale: Locale): string {
  const at = new Date(`${start.slice(0, 10)}T00:00:00Z`);
  const day = dayFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
  return `${day}, ${start.slice(11, 16)}`;
}

export function slotTime(start: string): string {
  return start.slice(11, 16);
}

/**
 * Where a booking stands on this phone, from the application and its server-owned
 * `appointment`:
 * - `pick`: a draft — choose the slot and send (offline too);
 * - `queued`: sent on this phone, not yet on the server;
 * - `holding`: on the server, the slot being held;
 * - `held`: the slot is the family's (`moved-taken`: a reschedule's new slot was taken,
 *   the old one kept; `moving`: a reschedule waits to be sent or held);
 * - `slot-taken`: another family held it first — choose from the nearest free ones;
 * - `started`: the visit has begun, nothing changes; `cancelled`; `refused` by the polyclinic.
 */
export type BookingStage =
  | 'pick'
  | 'queued'
  | 'holding'
  | 'held'
  | 'moving'
  | 'moved-taken'
  | 'slot-taken'
  | 'started'
  | 'cancelled'
  | 'refused';

export interface BookingLike {
  status: string;
  submittedAt: string | null;
  withdrawnAt: string | null;
  answers: Record<string, unknown>;
  appointment?: unknown;
}

export function appointmentOf(doc: BookingLike): AppointmentState | null {
  const parsed = AppointmentState.safeParse(doc.appointment ?? null);
  return parsed.success ? parsed.data : null;
}

export function bookingStage(doc: BookingLike, now: Date): BookingStage {
  const booking = appointmentOf(doc);
  // The polyclinic refused it (the decision says why, on the page): the slot is free again.
  if (doc.status === 'rejected') return 'refused';
  if (doc.status === 'withdrawn' || booking?.status === 'released') return 'cancelled';
  if (doc.status === 'draft') return doc.submittedAt === null ? 'pick' : 'queued';
  if (booking === null) return 'holding';
  if (booking.status === 'slot-taken') return 'slot-taken';
  if (!mayChangeBooking(booking.start, now)) return 'started';
  if (doc.withdrawnAt !== null) return 'cancelled';
  const asked = doc.answers['slot'];
  const askedDoctor = doc.answers['doctor'];
  if (asked !== booking.start || askedDoctor !== booking.doctorId) {
    // The answers name another slot: a reschedule this phone sent (or is about to).
    return asked === booking.taken ? 'moved-taken' : 'moving';
  }
  return booking.taken !== null ? 'moved-taken' : 'held';
}

/** The polyclinic a child is attached to, from the family's polyclinic attachment, if any. */
export function attachedClinic(
  applications: readonly {
    serviceId: string;
    childId: string | null;
    status: string;
    answers: Record<string, unknown>;
  }[],
  childId: string | null,
): string | null {
  const attached = applications.find(
    (a) =>
      a.serviceId === 'polyclinic-attachment' &&
      a.childId === childId &&
      a.status === 'approved' &&
      typeof a.answers['clinic'] === 'string',
  );
  return attached ? (attached.answers['clinic'] as string) : null;
}
