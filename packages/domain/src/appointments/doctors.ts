import type { Localized } from '../catalog/service.ts';

/** The specialists a child is booked to, in the order the portal lists them. */
export const SPECIALTIES = [
  { value: 'pediatrician', label: { ru: 'Педиатр', en: 'Paediatrician' } },
  { value: 'ent', label: { ru: 'ЛОР (оториноларинголог)', en: 'ENT doctor' } },
  { value: 'ophthalmologist', label: { ru: 'Офтальмолог', en: 'Ophthalmologist' } },
  { value: 'surgeon', label: { ru: 'Хирург', en: 'Surgeon' } },
  { value: 'dentist', label: { ru: 'Стоматолог', en: 'Dentist' } },
] as const satisfies readonly { value: string; label: Localized }[];

export type Specialty = (typeof SPECIALTIES)[number]['value'];

/** A morning doctor sees patients 08:00–14:00, an afternoon one 14:00–20:00 (Moscow time). */
export type Shift = 'morning' | 'afternoon';

export interface Doctor {
  readonly id: string;
  /** The polyclinic (an id of the `clinics` directory). */
  readonly clinic: string;
  readonly specialty: Specialty;
  readonly name: Localized;
  readonly room: string;
  readonly shift: Shift;
}

const d = (
  clinic: string,
  id: string,
  specialty: Specialty,
  ru: string,
  en: string,
  room: string,
  shift: Shift,
): Doctor => ({ id, clinic, specialty, name: { ru, en }, room, shift });

/**
 * The doctors of the polyclinics the catalog knows (the `clinics` directory). They ship with
 * the app like every directory, so a booking is filled in offline; which of their slots are
 * free is the server's (the `Schedule` port and the holds), fetched and cached on the phone.
 */
export const DOCTORS: readonly Doctor[] = [
  d(
    'clinic-ram-child',
    'doc-ram-ped-1',
    'pediatrician',
    'Иванова Наталья Петровна',
    'Natalya Ivanova',
    '12',
    'morning',
  ),
  d(
    'clinic-ram-child',
    'doc-ram-ped-2',
    'pediatrician',
    'Смирнов Олег Викторович',
    'Oleg Smirnov',
    '14',
    'afternoon',
  ),
  d(
    'clinic-ram-child',
    'doc-ram-ent',
    'ent',
    'Кузнецова Елена Андреевна',
    'Elena Kuznetsova',
    '21',
    'morning',
  ),
  d(
    'clinic-ram-child',
    'doc-ram-eye',
    'ophthalmologist',
    'Попов Сергей Иванович',
    'Sergey Popov',
    '23',
    'afternoon',
  ),
  d(
    'clinic-ram-child',
    'doc-ram-surg',
    'surgeon',
    'Волкова Ирина Олеговна',
    'Irina Volkova',
    '31',
    'morning',
  ),
  d(
    'clinic-ram-child',
    'doc-ram-dent',
    'dentist',
    'Соколов Павел Андреевич',
    'Pavel Sokolov',
    '5',
    'afternoon',
  ),
  d(
    'clinic-kol-2',
    'doc-kol-ped',
    'pediatrician',
    'Морозова Анна Сергеевна',
    'Anna Morozova',
    '7',
    'morning',
  ),
  d(
    'clinic-kol-2',
    'doc-kol-ent',
    'ent',
    'Лебедев Игорь Петрович',
    'Igor Lebedev',
    '9',
    'afternoon',
  ),
  d(
    'clinic-kol-2',
    'doc-kol-eye',
    'ophthalmologist',
    'Козлова Мария Дмитриевна',
    'Maria Kozlova',
    '11',
    'morning',
  ),
  d(
    'clinic-kol-2',
    'doc-kol-surg',
    'surgeon',
    'Новиков Артём Юрьевич',
    'Artyom Novikov',
    '15',
    'afternoon',
  ),
  d(
    'clinic-kol-2',
    'doc-kol-dent',
    'dentist',
    'Федорова Ольга Игоревна',
    'Olga Fedorova',
    '3',
    'morning',
  ),
  d(
    'clinic-zar',
    'doc-zar-ped',
    'pediatrician',
    'Михайлова Светлана Ивановна',
    'Svetlana Mikhailova',
    '2',
    'morning',
  ),
  d('clinic-zar', 'doc-zar-ent', 'ent', 'Орлов Денис Николаевич', 'Denis Orlov', '6', 'afternoon'),
  d(
    'clinic-zar',
    'doc-zar-dent',
    'dentist',
    'Зайцева Юлия Викторовна',
    'Yulia Zaitseva',
    '8',
    'morning',
  ),
];

export function doctorById(id: string): Doctor | undefined {
  return DOCTORS.find((doctor) => doctor.id === id);
}

/** The doctors of one polyclinic, of one specialty when given. */
export function doctorsOf(clinic: string, specialty?: string): readonly Doctor[] {
  return DOCTORS.filter(
    (doctor) =>
      doctor.clinic === clinic && (specialty === undefined || doctor.specialty === specialty),
  );
}
