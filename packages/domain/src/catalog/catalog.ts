import type { Service } from './service.ts';
import {
  CHILDCARE_ALLOWANCE,
  FAMILY_MEMBERS,
  LARGE_FAMILY_STATUS,
  UNIFIED_BENEFIT,
} from './benefit-services.ts';
import {
  OMS_POLICY_CHILD,
  REGISTER_EXTRACT,
  SNILS_CHILD,
  STUDY_CERTIFICATE,
} from './document-services.ts';
import { CLUBS_AND_SECTIONS } from './leisure-services.ts';
import { DOCTOR_APPOINTMENT } from '../appointments/appointment-service.ts';

/** Запись в детский сад. */
export const KINDERGARTEN_ENROLMENT = {
  id: 'kindergarten-enrolment',
  title: { ru: 'Запись в детский сад', en: 'Kindergarten enrolment' },
  description: {
    ru: 'Постановка в очередь на место в детском саду: до трёх садов в порядке предпочтения.',
    en: 'Joining the waiting list for a kindergarten place: up to three kindergartens in order of preference.',
  },
  form: [
    {
      kind: 'select',
      id: 'municipality',
      label: { ru: 'Муниципалитет', en: 'Municipality' },
      required: true,
      source: { kind: 'directory', directory: 'municipalities' },
    },
    {
      kind: 'multi-select',
      id: 'preferredKindergartens',
      label: { ru: 'Желаемые детские сады', en: 'Preferred kindergartens' },
      hint: {
        ru: 'До трёх садов: первый — самый желанный.',
        en: 'Up to three: the first is the one you want most.',
      },
      required: true,
      source: { kind: 'directory', directory: 'kindergartens', filterBy: 'municipality' },
      maxItems: 3,
      ordered: true,
    },
    {
      kind: 'date',
      id: 'startDate',
      label: { ru: 'Желаемая дата начала посещения', en: 'Wished start date' },
      required: true,
      notInPast: true,
    },
    {
      kind: 'select',
      id: 'groupType',
      label: { ru: 'Вид группы', en: 'Group type' },
      required: true,
      source: {
        kind: 'options',
        options: [
          { value: 'general', label: { ru: 'Общеразвивающая', en: 'General' } },
          { value: 'compensating', label: { ru: 'Компенсирующая', en: 'Special needs' } },
          { value: 'combined', label: { ru: 'Комбинированная', en: 'Combined' } },
          { value: 'health', label: { ru: 'Оздоровительная', en: 'Health-improving' } },
          { value: 'short-stay', label: { ru: 'Кратковременного пребывания', en: 'Short stay' } },
        ],
      },
    },
    {
      kind: 'boolean',
      id: 'hasBenefit',
      label: { ru: 'Есть право на льготу', en: 'Has a priority right' },
      required: false,
    },
    {
      kind: 'select',
      id: 'benefitCategory',
      label: { ru: 'Льготная категория', en: 'Priority category' },
      required: true,
      visibleWhen: { field: 'hasBenefit', equals: true },
      source: {
        kind: 'options',
        options: [
          { value: 'large-family', label: { ru: 'Многодетная семья', en: 'Large family' } },
          {
            value: 'disability',
            label: {
              ru: 'Ребёнок или родитель с инвалидностью',
              en: 'Child or parent with a disability',
            },
          },
          {
            value: 'military-family',
            label: { ru: 'Семья военнослужащего', en: 'Military family' },
          },
          {
            value: 'law-enforcement',
            label: {
              ru: 'Семья сотрудника полиции, прокуратуры, суда',
              en: 'Police, prosecution or judiciary family',
            },
          },
          {
            value: 'sibling',
            label: {
              ru: 'В саду уже учится брат или сестра',
              en: 'A sibling attends the kindergarten',
            },
          },
        ],
      },
    },
  ],
  requiredDocuments: [
    { kind: 'birth-certificate' },
    { kind: 'proof-of-address' },
    { kind: 'oms-policy' },
    { kind: 'medical-record' },
  ],
  eligibility: { maxAge: 7, confirmedAccount: true },
  decisionWorkingDays: 7,
  category: 'education',
  resultParts: ['place', 'startDate', 'bring', 'byDate'],
  correctableRefusal: true,
} as const satisfies Service;

/** Запись в школу. */
export const SCHOOL_ENROLMENT = {
  id: 'school-enrolment',
  title: { ru: 'Запись в школу', en: 'School enrolment' },
  description: {
    ru: 'Заявление о приёме в школу в 1–11 класс.',
    en: 'An application for a school place, grades 1 to 11.',
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
      id: 'school',
      label: { ru: 'Школа', en: 'School' },
      hint: {
        ru: 'Только школы выбранного района, принимающие детей этого возраста.',
        en: 'Only schools of the chosen district that take children of this age.',
      },
      required: true,
      source: {
        kind: 'directory',
        directory: 'schools',
        filterBy: 'municipality',
        byChildAge: true,
      },
    },
    {
      kind: 'number',
      id: 'grade',
      label: { ru: 'Класс', en: 'Grade' },
      hint: {
        ru: 'Для 10–11 класса нужен аттестат об основном общем образовании.',
        en: 'Grades 10–11 need the basic general education certificate.',
      },
      required: true,
      integer: true,
      min: 1,
      max: 11,
    },
    {
      kind: 'date',
      id: 'startDate',
      label: { ru: 'Дата начала обучения', en: 'Start date' },
      required: true,
      notInPast: true,
    },
    {
      kind: 'oms-policy',
      id: 'omsPolicy',
      label: { ru: 'Номер полиса ОМС ребёнка', en: "The child's OMS policy number" },
      required: true,
    },
  ],
  requiredDocuments: [
    { kind: 'birth-certificate' },
    { kind: 'proof-of-address' },
    { kind: 'oms-policy' },
    { kind: 'school-certificate', when: { field: 'grade', oneOf: [10, 11] } },
  ],
  eligibility: { minAge: 6, maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 5,
  category: 'education',
  resultParts: ['place', 'startDate', 'bring', 'byDate'],
  correctableRefusal: true,
} as const satisfies Service;

/** Пособия и выплаты. */
export const CHILD_BENEFIT = {
  id: 'child-benefit',
  title: { ru: 'Пособия и выплаты', en: 'Child benefit' },
  description: {
    ru: 'Заявление на пособие на ребёнка: состав семьи, доход за 12 месяцев и счёт для выплаты.',
    en: 'A child benefit claim: the family, its income for 12 months and the account to pay to.',
  },
  form: [
    FAMILY_MEMBERS,
    {
      kind: 'money',
      id: 'income12Months',
      label: {
        ru: 'Доход семьи за последние 12 месяцев, ₽',
        en: 'Family income for the last 12 months, ₽',
      },
      required: true,
      max: 1_000_000_000,
    },
    {
      kind: 'bik',
      id: 'bik',
      label: { ru: 'БИК банка', en: 'Bank BIK' },
      required: true,
    },
    {
      kind: 'bank-account',
      id: 'bankAccount',
      label: { ru: 'Номер счёта', en: 'Account number' },
      hint: {
        ru: '20 цифр из реквизитов счёта в вашем банке.',
        en: 'The 20 digits from your account details at the bank.',
      },
      required: true,
      bikField: 'bik',
    },
  ],
  requiredDocuments: [{ kind: 'income-statement' }],
  eligibility: { maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 10,
  category: 'benefits',
  resultParts: ['amount', 'startDate'],
  payment: { kind: 'payout' },
  correctableRefusal: true,
} as const satisfies Service;

/** Прикрепление к поликлинике. */
export const POLYCLINIC_ATTACHMENT = {
  id: 'polyclinic-attachment',
  title: { ru: 'Прикрепление к поликлинике', en: 'Polyclinic attachment' },
  description: {
    ru: 'Прикрепление ребёнка к детской поликлинике по полису ОМС.',
    en: "Attaching the child to a children's polyclinic under the OMS policy.",
  },
  form: [
    {
      kind: 'select',
      id: 'clinic',
      label: { ru: 'Поликлиника', en: 'Polyclinic' },
      required: true,
      source: { kind: 'directory', directory: 'clinics' },
    },
    {
      kind: 'oms-policy',
      id: 'omsPolicy',
      label: { ru: 'Номер полиса ОМС', en: 'OMS policy number' },
      required: true,
    },
  ],
  requiredDocuments: [
    { kind: 'birth-certificate' },
    { kind: 'parent-passport' },
    { kind: 'oms-policy' },
  ],
  eligibility: { maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 2,
  category: 'health',
  resultParts: ['place', 'startDate'],
  correctableRefusal: true,
} as const satisfies Service;

/** Every service, in the order the portal lists them. Adding a service is adding an entry. */
const ENTRIES = [
  KINDERGARTEN_ENROLMENT,
  SCHOOL_ENROLMENT,
  CLUBS_AND_SECTIONS,
  STUDY_CERTIFICATE,
  POLYCLINIC_ATTACHMENT,
  DOCTOR_APPOINTMENT,
  OMS_POLICY_CHILD,
  SNILS_CHILD,
  REGISTER_EXTRACT,
  UNIFIED_BENEFIT,
  LARGE_FAMILY_STATUS,
  CHILDCARE_ALLOWANCE,
  CHILD_BENEFIT,
] as const;

export const SERVICE_CATALOG: readonly Service[] = ENTRIES;

export type ServiceId = (typeof ENTRIES)[number]['id'];

/** The service with this id, or undefined (an unknown id is the caller's `unknown-service`). */
export function serviceById(id: string): Service | undefined {
  return SERVICE_CATALOG.find((s) => s.id === id);
}
