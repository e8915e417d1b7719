import type { ChildIdentity, PassportHolder, Registry, RegistryAnswer } from './registry.ts';

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
}

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
  },
  // Found: a teenager (own account from 14).
  {
    surname: 'Петров',
    givenName: 'Илья',
    patronymic: 'Андреевич',
    birthDate: '2011-03-02',
    series: 'II-АК',
    number: '100002',
  },
  // Found: a pre-school child of the applications journey (a certificate verifies in one family per server run).
  {
    surname: 'Соколова',
    givenName: 'Вера',
    patronymic: 'Дмитриевна',
    birthDate: '2022-03-03',
    series: 'IV-МЮ',
    number: '100005',
  },
  // The registry knows this certificate under another name: any card with it and another name mismatches.
  {
    surname: 'Смирнова',
    givenName: 'Мария',
    patronymic: 'Олеговна',
    birthDate: '2019-09-01',
    series: 'IV-МЮ',
    number: '100003',
  },
  // The registry holds another birth date for this certificate.
  {
    surname: 'Кузнецов',
    givenName: 'Артём',
    patronymic: 'Ильич',
    birthDate: '2019-01-10',
    series: 'IV-МЮ',
    number: '100004',
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
      return { issues };
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
