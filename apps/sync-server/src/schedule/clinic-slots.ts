import { bookingDays } from '@rodnik/domain';
import type { StoreReads } from '../store/store.ts';
import type { Schedule } from './schedule.ts';

export interface ClinicSlots {
  clinicId: string;
  /** When the directory was read (server clock): the phone shows how old its copy is. */
  readAt: string;
  days: string[];
  doctors: { doctorId: string; free: string[] }[];
}

/**
 * A polyclinic's doctors and their free slots for the booking days: the port's schedule
 * minus the slots families of Rodnik hold. Null for a polyclinic the schedule does not know.
 */
export async function clinicSlots(
  deps: { store: StoreReads; schedule: Schedule },
  clinicId: string,
  now: Date,
): Promise<ClinicSlots | null> {
  const schedule = await deps.schedule.clinic(clinicId, now);
  if (!schedule) return null;
  const days = bookingDays(now);
  const holds = await deps.store.listSlotHolds(
    schedule.doctors.map((d) => d.doctorId),
    `${days[0]}T00:00`,
    `${days.at(-1)}T24:00`,
  );
  const held = new Set(holds.map((h) => `${h.doctorId}@${h.start}`));
  return {
    clinicId,
    readAt: now.toISOString(),
    days,
    doctors: schedule.doctors.map((d) => ({
      doctorId: d.doctorId,
      free: d.slots.filter((start) => !held.has(`${d.doctorId}@${start}`)),
    })),
  };
}
