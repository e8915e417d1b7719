import { describe, expect, it } from 'vitest';
import { answersSchema } from '../catalog/answers.ts';
import { serviceById } from '../catalog/catalog.ts';
import { directoryEntries, isDirectoryValue } from '../catalog/directories.ts';
import { requiredDocumentsFor } from '../catalog/rules.ts';
import { validate } from '../validate.ts';
import { DOCTOR_APPOINTMENT, isAppointmentService } from './appointment-service.ts';
import { appointmentAsk } from './booking.ts';
import { DOCTORS } from './doctors.ts';

const deps = { today: () => '2026-03-02' };
const errorsOf = (input: unknown) => {
  const r = validate(answersSchema(DOCTOR_APPOINTMENT, deps), input);
  return r.success ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};
const booking = {
  clinic: 'clinic-ram-child',
  specialty: 'ent',
  doctor: 'doc-ram-ent',
  slot: '2026-03-03T09:20',
};

describe('the doctor appointment form', () => {
  it('is a health service of the catalog with no documents to attach', () => {
    expect(serviceById('doctor-appointment')).toBe(DOCTOR_APPOINTMENT);
    expect(DOCTOR_APPOINTMENT.category).toBe('health');
    expect(requiredDocumentsFor(DOCTOR_APPOINTMENT, booking)).toEqual([]);
    expect(isAppointmentService('doctor-appointment')).toBe(true);
    expect(isAppointmentService('polyclinic-attachment')).toBe(false);
  });

  it('takes the polyclinic, the specialty, the doctor and the slot', () => {
    expect(errorsOf(booking)).toEqual([]);
    expect(errorsOf({ clinic: 'clinic-ram-child' })).toEqual([
      'specialty:required',
      'doctor:required',
      'slot:required',
    ]);
  });

  it('offers the five specialties and refuses one it does not know', () => {
    const specialty = DOCTOR_APPOINTMENT.form.find((f) => f.id === 'specialty')!;
    expect(
      specialty.kind === 'select' && specialty.source.kind === 'options'
        ? specialty.source.options.map((o) => o.label.ru)
        : [],
    ).toEqual(['Педиатр', 'ЛОР (оториноларинголог)', 'Офтальмолог', 'Хирург', 'Стоматолог']);
    expect(errorsOf({ ...booking, specialty: 'astrologer' })).toEqual(['specialty:invalid-value']);
  });

  it('lists the doctors of the chosen polyclinic only', () => {
    expect(directoryEntries('doctors', 'clinic-zar').map((e) => e.id)).toEqual(
      DOCTORS.filter((d) => d.clinic === 'clinic-zar').map((d) => d.id),
    );
    expect(isDirectoryValue('doctors', 'doc-ram-ent', 'clinic-kol-2')).toBe(false);
  });

  it('reads the asked slot from the answers, or nothing while it is incomplete', () => {
    expect(appointmentAsk(booking)).toEqual({ doctorId: 'doc-ram-ent', start: '2026-03-03T09:20' });
    expect(appointmentAsk({ ...booking, slot: '3 марта' })).toBeNull();
    expect(appointmentAsk({ ...booking, doctor: '' })).toBeNull();
    expect(appointmentAsk(null)).toBeNull();
  });
});
