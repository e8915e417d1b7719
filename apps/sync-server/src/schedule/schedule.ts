/** One doctor's open slots as the polyclinic keeps them (Moscow `YYYY-MM-DDTHH:MM` starts). */
export interface DoctorSlots {
  doctorId: string;
  slots: string[];
}

export interface ClinicSchedule {
  clinicId: string;
  doctors: DoctorSlots[];
}

/**
 * The schedule directory of a children's polyclinic: its doctors and the slots each
 * receives in the booking days. The fixture adapter ships (`fixture-schedule.ts`); a real
 * gateway to the region's medical information system plugs in behind this method. Which
 * slots families of Rodnik hold is the store's (`slot_holds`), not the port's.
 */
export interface Schedule {
  /** The polyclinic's doctors and slots from `now`, or null for a polyclinic it does not know. */
  clinic(clinicId: string, now: Date): Promise<ClinicSchedule | null>;
}
