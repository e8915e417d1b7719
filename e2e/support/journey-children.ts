import { ANNA, type CardData } from '../page-models/child-card-page.ts';

/**
 * Children of the fixture registry that one journey each fills in: a
 * certificate verifies in one family per server run (a second family's card
 * with it is a duplicate), so journeys that need a checked card of their own
 * never share one (README, "Test identities").
 */

/** Тимофей Зайцев (04.04.2019): the account journey's child with an e-mailed account. */
export const TIMOFEY: CardData = {
  ...ANNA,
  surname: 'Зайцев',
  givenName: 'Тимофей',
  patronymic: 'Олегович',
  birthDate: '04.04.2019',
  sex: 'Мужской',
  number: '100011',
  issueDate: '10.04.2019',
};

/** Алиса Морозова (07.07.2021): the send-quota journey's child. */
export const ALISA: CardData = {
  ...ANNA,
  surname: 'Морозова',
  givenName: 'Алиса',
  patronymic: 'Игоревна',
  birthDate: '07.07.2021',
  number: '100012',
  issueDate: '15.07.2021',
};

/** София Лебедева (02.02.2020), as a device pushes her card: the family-shell journey's. */
export const SOFIA_CARD = {
  surname: 'Лебедева',
  givenName: 'София',
  patronymic: 'Андреевна',
  birthDate: '02.02.2020',
  snils: undefined,
  birthCertificate: {
    kind: 'ru',
    series: 'IV-МЮ',
    number: '100010',
    issueDate: '10.02.2020',
    issuedBy: 'Отдел ЗАГС г. Твери',
  },
};

/** Кирилл Белов (10.10.2019): the doctor-appointment journey's child (e2e/appointments.spec.ts). */
export const KIRILL: CardData = {
  ...ANNA,
  surname: 'Белов',
  givenName: 'Кирилл',
  patronymic: 'Андреевич',
  birthDate: '10.10.2019',
  sex: 'Мужской',
  number: '100020',
  issueDate: '20.10.2019',
};
