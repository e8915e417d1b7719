import type { FormField, Service } from './service.ts';

/** The account a benefit is paid to (the same two fields in every programme). */
const PAYOUT_ACCOUNT = [
  { kind: 'bik', id: 'bik', label: { ru: 'БИК банка', en: 'Bank BIK' }, required: true },
  {
    kind: 'bank-account',
    id: 'bankAccount',
    label: { ru: 'Номер счёта для выплаты', en: 'Account to pay to' },
    hint: {
      ru: '20 цифр из реквизитов счёта в вашем банке.',
      en: 'The 20 digits from your account details at the bank.',
    },
    required: true,
    bikField: 'bik',
  },
] as const satisfies readonly FormField[];

/** Who lives with the child: the same group in every claim that weighs the family's income. */
export const FAMILY_MEMBERS = {
  kind: 'group',
  id: 'familyMembers',
  label: { ru: 'Члены семьи', en: 'Family members' },
  hint: {
    ru: 'Все, кто живёт вместе с ребёнком, включая вас.',
    en: 'Everyone living with the child, you included.',
  },
  required: true,
  minItems: 1,
  maxItems: 15,
  itemLabel: { ru: 'Член семьи', en: 'Family member' },
  fields: [
    {
      kind: 'text',
      id: 'fullName',
      label: { ru: 'ФИО', en: 'Full name' },
      required: true,
      maxLength: 200,
    },
    {
      kind: 'select',
      id: 'relation',
      label: { ru: 'Кем приходится ребёнку', en: 'Relation to the child' },
      required: true,
      source: {
        kind: 'options',
        options: [
          { value: 'mother', label: { ru: 'Мать', en: 'Mother' } },
          { value: 'father', label: { ru: 'Отец', en: 'Father' } },
          { value: 'guardian', label: { ru: 'Опекун', en: 'Guardian' } },
          { value: 'sibling', label: { ru: 'Брат или сестра', en: 'Sibling' } },
          { value: 'other', label: { ru: 'Другое', en: 'Other' } },
        ],
      },
    },
    {
      kind: 'date',
      id: 'birthDate',
      label: { ru: 'Дата рождения', en: 'Date of birth' },
      required: true,
      notInFuture: true,
    },
  ],
} as const satisfies FormField;

/** Единое пособие на детей до 17 лет. */
export const UNIFIED_BENEFIT = {
  id: 'unified-benefit',
  title: { ru: 'Единое пособие', en: 'Unified child allowance' },
  description: {
    ru: 'Ежемесячное пособие семьям с детьми до 17 лет при доходе ниже прожиточного минимума.',
    en: 'A monthly allowance for families with children under 17 whose income is below subsistence.',
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
      kind: 'boolean',
      id: 'ownsSecondHome',
      label: {
        ru: 'У семьи есть второе жильё или второй автомобиль',
        en: 'The family owns a second home or a second car',
      },
      required: false,
    },
    ...PAYOUT_ACCOUNT,
  ],
  requiredDocuments: [{ kind: 'income-statement' }],
  eligibility: { maxAge: 16, confirmedAccount: true },
  decisionWorkingDays: 10,
  category: 'benefits',
  resultParts: ['amount', 'startDate'],
  payment: { kind: 'payout' },
  correctableRefusal: true,
} as const satisfies Service;

/** Статус многодетной семьи и ежемесячная выплата. */
export const LARGE_FAMILY_STATUS = {
  id: 'large-family-status',
  title: { ru: 'Многодетная семья', en: 'Large family status' },
  description: {
    ru: 'Удостоверение многодетной семьи и ежемесячная выплата на каждого ребёнка.',
    en: 'The large-family certificate and a monthly payment for each child.',
  },
  form: [
    {
      kind: 'number',
      id: 'childrenCount',
      label: { ru: 'Сколько детей в семье', en: 'How many children the family has' },
      hint: { ru: 'Трое и больше, до 18 лет.', en: 'Three or more, under 18.' },
      required: true,
      integer: true,
      min: 3,
      max: 30,
    },
    FAMILY_MEMBERS,
    {
      kind: 'select',
      id: 'municipality',
      label: { ru: 'Муниципалитет по месту жительства', en: 'Municipality of residence' },
      required: true,
      source: { kind: 'directory', directory: 'municipalities' },
    },
    ...PAYOUT_ACCOUNT,
  ],
  requiredDocuments: [{ kind: 'birth-certificate' }, { kind: 'proof-of-address' }],
  eligibility: { maxAge: 17, confirmedAccount: true },
  decisionWorkingDays: 10,
  category: 'benefits',
  resultParts: ['documentNumber', 'amount', 'startDate'],
  issuesDocument: {
    title: { ru: 'Удостоверение многодетной семьи', en: 'Large-family certificate' },
  },
  payment: { kind: 'payout' },
  correctableRefusal: true,
} as const satisfies Service;

/** Пособие по уходу за ребёнком до полутора лет. */
export const CHILDCARE_ALLOWANCE = {
  id: 'childcare-allowance',
  title: { ru: 'Пособие по уходу за ребёнком', en: 'Childcare allowance' },
  description: {
    ru: 'Ежемесячное пособие по уходу за ребёнком до полутора лет.',
    en: 'A monthly allowance for caring for a child under one and a half.',
  },
  form: [
    {
      kind: 'select',
      id: 'employment',
      label: { ru: 'Занятость', en: 'Employment' },
      required: true,
      source: {
        kind: 'options',
        options: [
          {
            value: 'employed',
            label: { ru: 'Работаю, в отпуске по уходу', en: 'Employed, on parental leave' },
          },
          { value: 'unemployed', label: { ru: 'Не работаю', en: 'Not employed' } },
          { value: 'student', label: { ru: 'Учусь очно', en: 'Full-time student' } },
        ],
      },
    },
    {
      kind: 'text',
      id: 'employer',
      label: { ru: 'Работодатель', en: 'Employer' },
      required: true,
      maxLength: 300,
      visibleWhen: { field: 'employment', equals: 'employed' },
    },
    {
      kind: 'date',
      id: 'leaveStart',
      label: { ru: 'Начало отпуска по уходу', en: 'Parental leave start' },
      required: true,
      visibleWhen: { field: 'employment', equals: 'employed' },
    },
    {
      kind: 'boolean',
      id: 'otherParentNotPaid',
      label: {
        ru: 'Второй родитель это пособие не получает',
        en: 'The other parent does not receive this allowance',
      },
      required: true,
    },
    ...PAYOUT_ACCOUNT,
  ],
  requiredDocuments: [
    { kind: 'birth-certificate' },
    { kind: 'income-statement', when: { field: 'employment', equals: 'employed' } },
  ],
  eligibility: { maxAge: 1, confirmedAccount: true },
  decisionWorkingDays: 10,
  category: 'benefits',
  resultParts: ['amount', 'startDate'],
  payment: { kind: 'payout' },
  correctableRefusal: true,
} as const satisfies Service;
