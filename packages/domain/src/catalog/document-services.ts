import type { Service } from './service.ts';

const PURPOSE_OPTIONS = [
  { value: 'social-fund', label: { ru: 'Для Социального фонда', en: 'For the Social Fund' } },
  { value: 'benefit', label: { ru: 'Для оформления пособия', en: 'For a benefit claim' } },
  { value: 'employer', label: { ru: 'По месту работы родителя', en: "For a parent's employer" } },
  { value: 'other', label: { ru: 'Другое', en: 'Other' } },
] as const;

/** Полис ОМС для ребёнка. */
export const OMS_POLICY_CHILD = {
  id: 'oms-policy-child',
  title: { ru: 'Полис ОМС для ребёнка', en: 'OMS policy for a child' },
  description: {
    ru: 'Оформление полиса обязательного медицинского страхования в выбранной страховой компании.',
    en: 'Getting a compulsory health insurance policy from the chosen insurer.',
  },
  form: [
    {
      kind: 'select',
      id: 'insurer',
      label: { ru: 'Страховая медицинская организация', en: 'Health insurer' },
      required: true,
      source: { kind: 'directory', directory: 'insurers' },
    },
    {
      kind: 'select',
      id: 'policyForm',
      label: { ru: 'Вид полиса', en: 'Policy form' },
      required: true,
      source: {
        kind: 'options',
        options: [
          {
            value: 'electronic',
            label: { ru: 'Электронный (выписка из реестра)', en: 'Electronic (register extract)' },
          },
          { value: 'plastic', label: { ru: 'Пластиковая карта', en: 'Plastic card' } },
        ],
      },
    },
    {
      kind: 'select',
      id: 'municipality',
      label: { ru: 'Где получить', en: 'Where to collect it' },
      required: true,
      visibleWhen: { field: 'policyForm', equals: 'plastic' },
      source: { kind: 'directory', directory: 'municipalities' },
    },
  ],
  requiredDocuments: [{ kind: 'birth-certificate' }, { kind: 'parent-passport' }],
  eligibility: { maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 5,
  category: 'health',
  resultParts: ['documentNumber', 'place', 'byDate'],
  issuesDocument: { title: { ru: 'Выписка о полисе ОМС', en: 'OMS policy extract' } },
  correctableRefusal: true,
} as const satisfies Service;

/** СНИЛС для ребёнка. */
export const SNILS_CHILD = {
  id: 'snils-child',
  title: { ru: 'СНИЛС для ребёнка', en: 'SNILS for a child' },
  description: {
    ru: 'Регистрация ребёнка в системе персонифицированного учёта Социального фонда.',
    en: "Registering the child in the Social Fund's personal records.",
  },
  form: [
    {
      kind: 'text',
      id: 'birthPlace',
      label: { ru: 'Место рождения', en: 'Place of birth' },
      hint: { ru: 'Как в свидетельстве о рождении.', en: 'As on the birth certificate.' },
      required: true,
      maxLength: 300,
    },
    {
      kind: 'select',
      id: 'citizenship',
      label: { ru: 'Гражданство', en: 'Citizenship' },
      required: true,
      source: {
        kind: 'options',
        options: [
          { value: 'ru', label: { ru: 'Российская Федерация', en: 'Russian Federation' } },
          { value: 'other', label: { ru: 'Другое', en: 'Other' } },
        ],
      },
    },
    {
      kind: 'text',
      id: 'address',
      label: { ru: 'Адрес регистрации ребёнка', en: "The child's registration address" },
      required: true,
      maxLength: 500,
    },
  ],
  requiredDocuments: [{ kind: 'birth-certificate' }, { kind: 'parent-passport' }],
  eligibility: { maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 5,
  category: 'documents',
  resultParts: ['documentNumber'],
  issuesDocument: {
    title: { ru: 'Уведомление о регистрации (СНИЛС)', en: 'Registration notice (SNILS)' },
  },
  correctableRefusal: true,
} as const satisfies Service;

/** Справка об обучении. */
export const STUDY_CERTIFICATE = {
  id: 'study-certificate',
  title: { ru: 'Справка об обучении', en: 'Certificate of study' },
  description: {
    ru: 'Справка из школы о том, что ребёнок обучается в ней; приходит документом на телефон.',
    en: 'A certificate from the school that the child studies there; it arrives on the phone.',
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
      required: true,
      source: { kind: 'directory', directory: 'schools', filterBy: 'municipality' },
    },
    {
      kind: 'number',
      id: 'grade',
      label: { ru: 'Класс', en: 'Grade' },
      required: true,
      integer: true,
      min: 1,
      max: 11,
    },
    {
      kind: 'select',
      id: 'purpose',
      label: { ru: 'Для чего нужна справка', en: 'What the certificate is for' },
      required: true,
      source: { kind: 'options', options: PURPOSE_OPTIONS },
    },
  ],
  requiredDocuments: [],
  eligibility: { minAge: 6, maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 3,
  category: 'documents',
  resultParts: ['documentNumber'],
  issuesDocument: { title: { ru: 'Справка об обучении', en: 'Certificate of study' } },
  correctableRefusal: true,
} as const satisfies Service;

/** Выписка из реестра многодетных семей. */
export const REGISTER_EXTRACT = {
  id: 'register-extract',
  title: {
    ru: 'Выписка из реестра многодетных семей',
    en: 'Extract from the large-family register',
  },
  description: {
    ru: 'Выписка о том, что семья внесена в реестр; приходит документом на телефон.',
    en: 'An extract saying the family is on the register; it arrives on the phone.',
  },
  form: [
    {
      kind: 'select',
      id: 'purpose',
      label: { ru: 'Для чего нужна выписка', en: 'What the extract is for' },
      required: true,
      source: { kind: 'options', options: PURPOSE_OPTIONS },
    },
  ],
  requiredDocuments: [],
  eligibility: { maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 3,
  category: 'documents',
  resultParts: ['documentNumber'],
  issuesDocument: {
    title: { ru: 'Выписка из реестра многодетных семей', en: 'Large-family register extract' },
  },
} as const satisfies Service;
