import { bookableSlots, directoryEntry, doctorsOf } from '@rodnik/domain';
import type { ClinicSchedule, Schedule } from './schedule.ts';

/**
 * A polyclinic without a polyclinic: the catalog's doctors, each receiving in its shift
 * (08:00–14:00 or 14:00–20:00 Moscow time) on working days, in 20-minute slots, for the
 * 14 booking days from the clock — the domain's own slot rule, so the same clock always
 * gives the same directory, and the hold at push time checks slots by the same rule.
 */
export function fixtureSchedule(): Schedule {
  return {
    clinic(clinicId: string, now: Date): Promise<ClinicSchedule | null> {
      if (!directoryEntry('clinics', clinicId)) return Promise.resolve(null);
      const doctors = doctorsOf(clinicId).map((doctor) => ({
        doctorId: doctor.id,
        slots: bookableSlots(doctor, now),
      }));
      return Promise.resolve({ clinicId, doctors });
    },
  };
}
