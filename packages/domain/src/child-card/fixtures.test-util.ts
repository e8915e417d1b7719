import type { ChildCardInput } from './child-card.schema.ts';

/** A child card as a parent would type it in the form. */
export function typedCard(overrides: Partial<Record<keyof ChildCardInput, unknown>> = {}) {
  return {
    surname: 'иванова',
    givenName: 'анна-мария',
    patronymic: '',
    birthDate: '01.02.2020',
    sex: 'female',
    birthPlace: ' г. Москва ',
    citizenship: 'ru',
    address: {
      region: 'Тверская область',
      district: 'Калининский район',
      settlement: 'д. Горютино',
      street: '',
      house: '12',
      postcode: '170 000',
    },
    birthCertificate: {
      kind: 'ru',
      series: 'iv мю',
      number: '123456',
      issueDate: '10.02.2020',
      issuedBy: 'Отдел ЗАГС Калининского района',
    },
    snils: '112-233-445 95',
    inn: '',
    omsPolicy: '1234 5678 9012 3456',
    consent: { given: true, at: '2025-01-15T10:00:00+03:00' },
    ...overrides,
  } as unknown;
}
