import type { Service } from '../catalog/service.ts';
import { SPECIALTIES } from './doctors.ts';

/** The answer fields of a booking: the slot logic (slots.ts) reads them by these names. */
export const APPOINTMENT_FIELDS = {
  clinic: 'clinic',
  specialty: 'specialty',
  doctor: 'doctor',
  slot: 'slot',
} as const;

/**
 * Запись к врачу: the child, the specialty, the polyclinic, the doctor and the slot. The
 * slot is picked offline from the cached schedule and held by the server when the send
 * arrives (`schedule/hold-slot.ts`); a slot taken meanwhile asks for another (`needs_info`).
 */
export const DOCTOR_APPOINTMENT = {
  id: 'doctor-appointment',
  title: { ru: 'Запись к врачу', en: 'Doctor appointment' },
  description: {
    ru: 'Запись ребёнка к педиатру или узкому специалисту поликлиники, перенос и отмена записи.',
    en: 'Booking the child with a paediatrician or a specialist of the polyclinic; moving or cancelling it.',
  },
  form: [
    {
      kind: 'select',
      id: APPOINTMENT_FIELDS.clinic,
      label: { ru: 'Поликлиника', en: 'Polyclinic' },
      required: true,
      source: { kind: 'directory', directory: 'clinics' },
    },
    {
      kind: 'select',
      id: APPOINTMENT_FIELDS.specialty,
      label: { ru: 'Специальность врача', en: "Doctor's specialty" },
      required: true,
      source: { kind: 'options', options: SPECIALTIES },
    },
    {
      kind: 'select',
      id: APPOINTMENT_FIELDS.doctor,
      label: { ru: 'Врач', en: 'Doctor' },
      required: true,
      source: { kind: 'directory', directory: 'doctors', filterBy: APPOINTMENT_FIELDS.clinic },
    },
    {
      kind: 'text',
      id: APPOINTMENT_FIELDS.slot,
      label: { ru: 'Дата и время приёма', en: 'Date and time of the visit' },
      hint: {
        ru: 'Выберите свободное время в расписании врача.',
        en: "Pick a free time in the doctor's schedule.",
      },
      required: true,
      maxLength: 16,
    },
  ],
  requiredDocuments: [],
  eligibility: { maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 1,
  category: 'health',
  // The visit: the doctor and room (`place`), its date, what to bring.
  resultParts: ['place', 'startDate', 'bring'],
} as const satisfies Service;

/** Whether a service is a booking whose slot the server holds. */
export function isAppointmentService(serviceId: unknown): boolean {
  return serviceId === DOCTOR_APPOINTMENT.id;
}
