import type {
  ChildIdentity,
  PassportHolder,
  RecordedParent,
  Registry,
  RegistryAnswer,
} from './registry.ts';

/**
 * A deterministic stand-in for the registries, with a documented set of test
 * identities (README, "Test identities"). In `fixture` mode only these exist;
 * in `permissive` mode (local demos) any other certificate is found too, but
 * the negative identities below still fail the same way.
 */
export interface FixtureIdentity {
  surname: string;
  givenName: string;
  patronymic?: string;
  birthDate: string;
  series: string;
  number: string;
  snils?: string;
  /** The parents the birth record names. */
  mother?: RecordedParent;
  father?: RecordedParent;
}

/** The parent of the end-to-end journeys (and of the fixture passport 4506 100001). */
const ELENA: RecordedParent = { surname: 'Иванова', givenName: 'Елена', patronymic: 'Петровна' };
/** The default parent of the server tests. */
const MARIA: RecordedParent = { surname: 'Иванова', givenName: 'Мария' };

export const FIXTURE_IDENTITIES: readonly FixtureIdentity[] = [
  // Found: a pre-school child.
  {
    surname: 'Иванова',
    givenName: 'Анна',
    patronymic: 'Сергеевна',
    birthDate: '2021-05-14',
    series: 'IV-МЮ',
    number: '100001',
    snils: '11223344595',
    mother: ELENA,
    father: { surname: 'Иванов', givenName: 'Сергей', patronymic: 'Николаевич' },
  },
  // Found: a teenager (own account from 14).
  {
    surname: 'Петров',
    givenName: 'Илья',
    patronymic: 'Андреевич',
    birthDate: '2011-03-02',
    series: 'II-АК',
    number: '100002',
    mother: ELENA,
  },
  // Found: a pre-school child of the applications journey (a certificate verifies in one family per server run).
  {
    surname: 'Соколова',
    givenName: 'Вера',
    patronymic: 'Дмитриевна',
    birthDate: '2022-03-03',
    series: 'IV-МЮ',
    number: '100005',
    mother: ELENA,
    father: { surname: 'Соколов', givenName: 'Дмитрий', patronymic: 'Игоревич' },
  },
  // The registry knows this certificate under another name: any card with it and another name mismatches.
  {
    surname: 'Смирнова',
    givenName: 'Мария',
    patronymic: 'Олеговна',
    birthDate: '2019-09-01',
    series: 'IV-МЮ',
    number: '100003',
    mother: ELENA,
  },
  // The registry holds another birth date for this certificate.
  {
    surname: 'Кузнецов',
    givenName: 'Артём',
    patronymic: 'Ильич',
    birthDate: '2019-01-10',
    series: 'IV-МЮ',
    number: '100004',
    mother: ELENA,
    father: { surname: 'Кузнецов', givenName: 'Илья', patronymic: 'Олегович' },
  },
  // Found, but the birth record names other parents: whoever else fills the card is asked
  // for a guardianship or adoption decision (the legal-representative check).
  {
    surname: 'Орлов',
    givenName: 'Никита',
    patronymic: 'Павлович',
    birthDate: '2020-08-08',
    series: 'IV-МЮ',
    number: '100006',
    mother: { surname: 'Орлова', givenName: 'Ольга', patronymic: 'Викторовна' },
    father: { surname: 'Орлов', givenName: 'Павел', patronymic: 'Сергеевич' },
  },
  // Found: the child of the end-to-end journey that edits a verified card.
  {
    surname: 'Иванов',
    givenName: 'Матвей',
    patronymic: 'Сергеевич',
    birthDate: '2018-02-12',
    series: 'IV-МЮ',
    number: '100008',
    snils: '08765432102',
    mother: ELENA,
  },
  // Found: a pupil (school age) of the electronic diary journey (e2e/diary.spec.ts).
  {
    surname: 'Школьникова',
    givenName: 'Дарья',
    patronymic: 'Сергеевна',
    birthDate: '2015-09-15',
    series: 'IV-МЮ',
    number: '100009',
    mother: ELENA,
  },
  // Found: one child per end-to-end journey that needs a checked card of its own (a
  // certificate verifies in one family per server run; e2e/support/journey-children.ts).
  {
    surname: 'Лебедева',
    givenName: 'София',
    patronymic: 'Андреевна',
    birthDate: '2020-02-02',
    series: 'IV-МЮ',
    number: '100010',
    mother: ELENA,
  },
  {
    surname: 'Зайцев',
    givenName: 'Тимофей',
    patronymic: 'Олегович',
    birthDate: '2019-04-04',
    series: 'IV-МЮ',
    number: '100011',
    mother: ELENA,
  },
  {
    surname: 'Морозова',
    givenName: 'Алиса',
    patronymic: 'Игоревна',
    birthDate: '2021-07-07',
    series: 'IV-МЮ',
    number: '100012',
    mother: ELENA,
  },
  // The doctor-appointment journey's child (e2e/appointments.spec.ts).
  {
    surname: 'Белов',
    givenName: 'Кирилл',
    patronymic: 'Андреевич',
    birthDate: '2019-10-10',
    series: 'IV-МЮ',
    number: '100020',
    mother: ELENA,
  },
  // The server tests' parent's child.
  {
    surname: 'Иванов',
    givenName: 'Пётр',
    birthDate: '2019-06-06',
    series: 'IV-МЮ',
    number: '100007',
    mother: MARIA,
  },
];

/** Parents' passports the fixture registry holds (README, "Test identities"). */
export const FIXTURE_PASSPORTS: readonly (PassportHolder & { series: string; number: string })[] = [
  // The parent of the end-to-end journeys.
  {
    series: '4506',
    number: '100001',
    surname: 'Иванова',
    givenName: 'Елена',
    patronymic: 'Петровна',
    birthDate: '1990-04-12',
  },
  // The default parent of the server tests.
  {
    series: '4506',
    number: '100002',
    surname: 'Иванова',
    givenName: 'Мария',
    patronymic: null,
    birthDate: '1991-02-03',
  },
  // Held by someone else: any other name or birth date mismatches.
  {
    series: '4506',
    number: '100003',
    surname: 'Смирнов',
    givenName: 'Олег',
    patronymic: 'Иванович',
    birthDate: '1980-07-15',
  },
];

/** A certificate number no registry knows, in either mode. */
export const FIXTURE_UNKNOWN_NUMBER = '000000';

const normalise = (value: string | undefined) =>
  (value ?? '').trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');

export function fixtureRegistry(mode: 'fixture' | 'permissive'): Registry {
  return {
    async checkChild(identity: ChildIdentity): Promise<RegistryAnswer> {
      const issues: RegistryAnswer['issues'] = [];
      const owner = identity.snils
        ? FIXTURE_IDENTITIES.find((known) => known.snils === identity.snils)
        : undefined;
      const record = FIXTURE_IDENTITIES.find(
        (known) =>
          known.number === identity.certificate.number &&
          normalise(known.series) === normalise(identity.certificate.series),
      );
      if (owner && owner !== record)
        issues.push({ field: 'snils', code: 'registry-snils-mismatch' });
      if (!record) {
        const unknown =
          mode === 'fixture' || identity.certificate.number === FIXTURE_UNKNOWN_NUMBER;
        if (unknown) issues.push({ field: 'birthCertificate.number', code: 'registry-not-found' });
        return { issues };
      }
      if (normalise(record.surname) !== normalise(identity.surname)) {
        issues.push({ field: 'surname', code: 'registry-name-mismatch' });
      }
      if (normalise(record.givenName) !== normalise(identity.givenName)) {
        issues.push({ field: 'givenName', code: 'registry-name-mismatch' });
      }
      if (record.birthDate !== identity.birthDate) {
        issues.push({ field: 'birthDate', code: 'registry-birth-date-mismatch' });
      }
      return { issues, parents: { mother: record.mother, father: record.father } };
    },
    async lookupPassport(passport) {
      const record = FIXTURE_PASSPORTS.find(
        (known) => known.series === passport.series && known.number === passport.number,
      );
      if (record) {
        const { series: _series, number: _number, ...holder } = record;
        return holder;
      }
      const unknown = mode === 'fixture' || passport.number === FIXTURE_UNKNOWN_NUMBER;
      return unknown ? null : 'any-holder';
    },
  };
}
