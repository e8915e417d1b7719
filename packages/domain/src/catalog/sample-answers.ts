/**
 * One valid answer set per service of the catalog, as a family would type them (dates as
 * ДД.ММ.ГГГГ, money with spaces), valid on 2026-03-02. Tests across the repo start from these.
 */
export const SAMPLE_ANSWERS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'kindergarten-enrolment': {
    municipality: 'kolomna',
    preferredKindergartens: ['dou-kol-17', 'dou-kol-3'],
    startDate: '01.09.2026',
    groupType: 'general',
  },
  'school-enrolment': {
    municipality: 'ramenskoye',
    school: 'school-ram-1',
    grade: '1',
    startDate: '01.09.2026',
    omsPolicy: '1234 5678 9012 3456',
  },
  'doctor-appointment': {
    clinic: 'clinic-ram-child',
    specialty: 'pediatrician',
    doctor: 'doc-ram-ped-1',
    slot: '2026-03-03T09:20',
  },
  'clubs-sections': {
    municipality: 'ramenskoye',
    club: 'club-ram-chess',
    groupFormat: 'paid',
    startDate: '01.10.2026',
  },
  'study-certificate': {
    municipality: 'kolomna',
    school: 'school-kol-2',
    grade: '3',
    purpose: 'social-fund',
  },
  'polyclinic-attachment': { clinic: 'clinic-ram-child', omsPolicy: '1234 5678 9012 3456' },
  'oms-policy-child': { insurer: 'ins-sogaz', policyForm: 'plastic', municipality: 'zaraysk' },
  'snils-child': {
    birthPlace: 'г. Коломна Московской обл.',
    citizenship: 'ru',
    address: 'Московская обл., г. Коломна, ул. Ленина, д. 1, кв. 2',
  },
  'register-extract': { purpose: 'benefit' },
  'unified-benefit': {
    familyMembers: [
      { fullName: 'Иванова Анна Петровна', relation: 'mother', birthDate: '12.04.1990' },
      { fullName: 'Иванов Пётр', relation: 'sibling', birthDate: '2015-06-01' },
    ],
    income12Months: '480 000',
    bik: '044525225',
    bankAccount: '40817 810 8 3812 3456789',
  },
  'large-family-status': {
    childrenCount: '3',
    familyMembers: [
      { fullName: 'Иванова Анна Петровна', relation: 'mother', birthDate: '12.04.1990' },
    ],
    municipality: 'ramenskoye',
    bik: '044525225',
    bankAccount: '40817 810 8 3812 3456789',
  },
  'childcare-allowance': {
    employment: 'employed',
    employer: 'ООО «Ромашка»',
    leaveStart: '01.02.2026',
    otherParentNotPaid: true,
    bik: '044525225',
    bankAccount: '40817 810 8 3812 3456789',
  },
  'child-benefit': {
    familyMembers: [
      { fullName: ' Иванова  Анна Петровна ', relation: 'mother', birthDate: '12.04.1990' },
      { fullName: 'Иванов Пётр', relation: 'sibling', birthDate: '2015-06-01' },
    ],
    income12Months: '1 250 000,5',
    bik: '044525225',
    bankAccount: '40817 810 8 3812 3456789',
  },
};
