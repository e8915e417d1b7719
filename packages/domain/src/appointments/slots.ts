import { z } from 'zod';
import { isWorkingDay } from '../catalog/working-days.ts';
import { serviceToday } from '../dates/service-day.ts';
import type { Doctor, Shift } from './doctors.ts';

/**
 * A doctor's slots, one home for the phone and the server. A slot is named by its doctor and
 * its start in Moscow's wall-clock time (`2026-12-08T09:20`): that is what the polyclinic and
 * the family read, and Moscow has kept UTC+3 all year since 2014, so the instant follows.
 */
export const SLOT_MINUTES = 20;
/** How far ahead a family books: today and the next 13 days. */
export const BOOKING_DAYS = 14;
/** How many free slots near a taken one the family is offered. */
export const ALTERNATIVES = 5;

const SHIFT_HOURS: Readonly<Record<Shift, readonly [number, number]>> = {
  morning: [8, 14],
  afternoon: [14, 20],
};
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

export const SlotStart = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
export type SlotStart = z.infer<typeof SlotStart>;

/** The identity of a slot: no two bookings may hold the same one. */
export function slotKey(doctorId: string, start: string): string {
  return `${doctorId}@${start}`;
}

/** The instant a slot starts. */
export function slotInstant(start: string): Date {
  return new Date(`${start}:00+03:00`);
}

/** The Moscow wall-clock minute of an instant, in the slots' own form. */
export function moscowMinute(now: Date): string {
  return new Date(now.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 16);
}

function addDays(iso: string, n: number): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + n);
  return day.toISOString().slice(0, 10);
}

/** The days a family may book on: Moscow's today and the next days, `BOOKING_DAYS` in all. */
export function bookingDays(now: Date): string[] {
  const today = serviceToday(now);
  return Array.from({ length: BOOKING_DAYS }, (_, i) => addDays(today, i));
}

/** Every slot of a doctor's working day (none on weekends and holidays). */
export function doctorDaySlots(doctor: Pick<Doctor, 'shift'>, day: string): string[] {
  if (!isWorkingDay(day)) return [];
  const [from, to] = SHIFT_HOURS[doctor.shift];
  const slots: string[] = [];
  for (let minute = from * 60; minute < to * 60; minute += SLOT_MINUTES) {
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    slots.push(`${day}T${hh}:${mm}`);
  }
  return slots;
}

/** The slots a family may still book with this doctor: the booking days', not yet begun. */
export function bookableSlots(doctor: Pick<Doctor, 'shift'>, now: Date): string[] {
  const current = moscowMinute(now);
  return bookingDays(now)
    .flatMap((day) => doctorDaySlots(doctor, day))
    .filter((start) => start > current);
}

/** Whether `start` is one of the doctor's slots a family may book now. */
export function isBookableSlot(doctor: Pick<Doctor, 'shift'>, start: string, now: Date): boolean {
  return SlotStart.safeParse(start).success && bookableSlots(doctor, now).includes(start);
}

/**
 * The free slots nearest a taken one (earlier or later, the earlier first on a tie), at most
 * `count`, in the order of the clock: what the family chooses from when its slot went.
 */
export function nearestFreeSlots(
  taken: string,
  free: readonly string[],
  count: number = ALTERNATIVES,
): string[] {
  const at = slotInstant(taken).getTime();
  const distance = (start: string) => Math.abs(slotInstant(start).getTime() - at);
  return free
    .filter((start) => start !== taken)
    .toSorted((a, b) => distance(a) - distance(b) || a.localeCompare(b))
    .slice(0, count)
    .toSorted();
}

/** A booking is cancelled or moved only before it starts: after that the visit is history. */
export function mayChangeBooking(start: string, now: Date): boolean {
  return now.getTime() < slotInstant(start).getTime();
}

/**
 * Where a booking stands, as the server last wrote it on the application: `held` (the slot
 * is the family's), `slot-taken` (another family held it first: `alternatives` are the
 * nearest free ones), `released` (cancelled: the slot is free again). A reschedule whose new
 * slot was taken keeps the old one `held` and names the taken one in `taken`.
 */
export const AppointmentState = z.object({
  status: z.enum(['held', 'slot-taken', 'released']),
  doctorId: z.string().max(80),
  start: SlotStart,
  /** The slot asked for and found taken, when the last ask failed. */
  taken: SlotStart.nullable().default(null),
  alternatives: z.array(SlotStart).max(20).default([]),
  at: z.iso.datetime({ offset: true }),
});
export type AppointmentState = z.infer<typeof AppointmentState>;
