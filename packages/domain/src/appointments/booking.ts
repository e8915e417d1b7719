import { APPOINTMENT_FIELDS } from './appointment-service.ts';
import { SlotStart } from './slots.ts';

/** The slot a booking's answers ask for. */
export interface AppointmentAsk {
  doctorId: string;
  start: string;
}

/** The doctor and slot the answers name, or null while either is missing or malformed. */
export function appointmentAsk(answers: unknown): AppointmentAsk | null {
  if (typeof answers !== 'object' || answers === null) return null;
  const record = answers as Record<string, unknown>;
  const doctorId = record[APPOINTMENT_FIELDS.doctor];
  const start = record[APPOINTMENT_FIELDS.slot];
  if (typeof doctorId !== 'string' || doctorId === '' || !SlotStart.safeParse(start).success) {
    return null;
  }
  return { doctorId, start: start as string };
}
