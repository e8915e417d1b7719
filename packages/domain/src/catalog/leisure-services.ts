import { DIRECTORIES } from './directories.ts';
import type { Service } from './service.ts';

/** Sports sections need a doctor's note; the directory marks them. */
const SPORT_CLUBS = (DIRECTORIES['clubs'] ?? []).filter((c) => c.sport).map((c) => c.id);

/** Кружки и секции. */
export const CLUBS_AND_SECTIONS = {
  id: 'clubs-sections',
  title: { ru: 'Кружки и секции', en: 'Clubs and sections' },
  description: {
    ru: 'Запись в кружок или спортивную секцию: бесплатная группа или платная (цена указана).',
    en: 'Enrolling in a club or a sports section: a free group or a paid one (price shown).',
  },
  form: [
    {
      kind: 'select',
      id: 'municipality',
      label: { ru: 'Район (муниципалитет)', en: 'District (municipality)' },
      required: true,
      source: { kind: 'directory', directory: 'municipalities' },
    },
    {
      kind: 'select',
      id: 'club',
      label: { ru: 'Кружок или секция', en: 'Club or section' },
      hint: {
        ru: 'Только те, что принимают детей этого возраста.',
        en: 'Only those that take children of this age.',
      },
      required: true,
      source: { kind: 'directory', directory: 'clubs', filterBy: 'municipality', byChildAge: true },
    },
    {
      kind: 'select',
      id: 'groupFormat',
      label: { ru: 'Группа', en: 'Group' },
      required: true,
      source: {
        kind: 'options',
        options: [
          { value: 'free', label: { ru: 'Бесплатная (по бюджету)', en: 'Free (publicly funded)' } },
          { value: 'paid', label: { ru: 'Платная', en: 'Paid' } },
        ],
      },
    },
    {
      kind: 'date',
      id: 'startDate',
      label: { ru: 'С какого числа', en: 'From which date' },
      required: true,
      notInPast: true,
    },
  ],
  requiredDocuments: [
    { kind: 'birth-certificate' },
    ...(SPORT_CLUBS.length > 0
      ? [{ kind: 'medical-record' as const, when: { field: 'club', oneOf: SPORT_CLUBS } }]
      : []),
  ],
  eligibility: { minAge: 5, maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 3,
  category: 'leisure',
  resultParts: ['place', 'startDate', 'bring'],
  payment: { kind: 'charge', when: { field: 'groupFormat', equals: 'paid' }, priceField: 'club' },
  correctableRefusal: true,
} as const satisfies Service;
