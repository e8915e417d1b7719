import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  CHILD_CARD_FIELDS,
  ChildCardShape,
  RELATIONS,
  SENSITIVE_CHILD_FIELDS,
  makeChildCardSchema,
  residenceOf,
} from './child-card.schema.ts';
import { typedCard } from './fixtures.test-util.ts';
import { validate } from '../validate.ts';
import { formatSnils, snilsControl } from '../person/snils.ts';
import { innControlDigits } from '../person/inn.ts';
import { formatDateRu } from '../dates/date-ru.ts';
import { daysInMonth, toIsoDate } from '../dates/calendar.ts';

const ChildCard = makeChildCardSchema({ today: () => '2025-06-01' });

const fieldCodes = (input: unknown) => {
  const r = validate(ChildCard, input);
  return r.success ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe('ChildCard', () => {
  it('turns what a parent typed into the canonical stored form', () => {
    expect(ChildCard.parse(typedCard())).toEqual({
      surname: 'Иванова',
      givenName: 'Анна-Мария',
      birthDate: '2020-02-01',
      sex: 'female',
      birthPlace: 'г. Москва',
      citizenship: 'RU',
      address: {
        region: 'Тверская область',
        district: 'Калининский район',
        settlement: 'д. Горютино',
        house: '12',
        postcode: '170000',
      },
      birthCertificate: {
        kind: 'ru',
        series: 'IV-МЮ',
        number: '123456',
        issueDate: '2020-02-10',
        issuedBy: 'Отдел ЗАГС Калининского района',
      },
      snils: '11223344595',
      omsPolicy: '1234567890123456',
      consent: { given: true, at: '2025-01-15T10:00:00+03:00' },
    });
  });

  it('leaves emptied optional fields out rather than storing undefined', () => {
    const card = ChildCard.parse(typedCard());
    expect(Object.keys(card)).not.toContain('patronymic');
    expect(Object.keys(card)).not.toContain('inn');
    expect(Object.keys(card.address)).not.toContain('street');
  });

  it('defaults citizenship to RU', () => {
    expect(ChildCard.parse(typedCard({ citizenship: undefined })).citizenship).toBe('RU');
    expect(ChildCard.parse(typedCard({ citizenship: '' })).citizenship).toBe('RU');
    expect(fieldCodes(typedCard({ citizenship: 'Земля' }))).toEqual([
      'citizenship:country-code-format',
    ]);
    expect(fieldCodes(typedCard({ citizenship: 'ZZ' }))).toEqual([
      'citizenship:country-code-format',
    ]);
  });

  it('reads a country typed by name as its code', () => {
    for (const typed of ['Россия', 'РФ', 'Российская Федерация', 'ru']) {
      expect(ChildCard.parse(typedCard({ citizenship: typed })).citizenship).toBe('RU');
    }
    expect(ChildCard.parse(typedCard({ citizenship: 'Казахстан' })).citizenship).toBe('KZ');
  });

  it('rejects a birth date in the future of the injected today', () => {
    expect(fieldCodes(typedCard({ birthDate: '02.06.2025' }))).toEqual([
      'birthDate:date-in-future',
      'birthCertificate.issueDate:birth-after-certificate-issue',
    ]);
    const tomorrow = makeChildCardSchema({ today: () => '2025-06-02T00:00:00Z' });
    expect(
      validate(
        tomorrow,
        typedCard({
          birthDate: '02.06.2025',
          birthCertificate: { ...certificate(), issueDate: '02.06.2025' },
        }),
      ).success,
    ).toBe(true);
  });

  it('rejects a certificate issued before the birth, on the issue date', () => {
    const r = validate(
      ChildCard,
      typedCard({ birthCertificate: { ...certificate(), issueDate: '31.01.2020' } }),
    );
    expect(!r.success && r.errors).toEqual([
      {
        field: 'birthCertificate.issueDate',
        code: 'birth-after-certificate-issue',
        message:
          'Дата выдачи свидетельства о рождении: свидетельство выдано раньше даты рождения — проверьте обе даты',
        messageEn:
          'Birth certificate issue date: the certificate is dated before the birth — check both dates',
      },
    ]);
  });

  it('rejects a certificate issue date in the future', () => {
    expect(
      fieldCodes(typedCard({ birthCertificate: { ...certificate(), issueDate: '01.01.2030' } })),
    ).toEqual(['birthCertificate.issueDate:date-in-future']);
  });

  it('checks dates even while other fields are still wrong', () => {
    expect(fieldCodes(typedCard({ surname: 'Ivanova', birthDate: '01.01.2030' }))).toEqual([
      'surname:name-latin-letters',
      'birthDate:date-in-future',
      'birthCertificate.issueDate:birth-after-certificate-issue',
    ]);
  });

  it('reads an absent residence as the registration address (cards made before it was asked)', () => {
    const card = ChildCard.parse(typedCard());
    expect(card.residenceSameAsRegistration).toBeUndefined();
    expect(residenceOf(card)).toEqual(card.address);
  });

  it('asks for the residence address only when it differs from the registration one', () => {
    const elsewhere = { region: 'Москва', settlement: 'Москва', house: '1', postcode: '101000' };
    const ticked = ChildCard.parse(
      typedCard({ residenceSameAsRegistration: true, residenceAddress: { region: '' } }),
    );
    expect(Object.keys(ticked)).not.toContain('residenceAddress');
    expect(residenceOf(ticked)).toEqual(ticked.address);
    expect(fieldCodes(typedCard({ residenceSameAsRegistration: false }))).toEqual([
      'residenceAddress:required',
    ]);
    expect(
      fieldCodes(
        typedCard({ residenceSameAsRegistration: false, residenceAddress: { region: 'Москва' } }),
      ),
    ).toEqual([
      'residenceAddress.settlement:required',
      'residenceAddress.house:required',
      'residenceAddress.postcode:required',
    ]);
    const moved = ChildCard.parse(
      typedCard({ residenceSameAsRegistration: false, residenceAddress: elsewhere }),
    );
    expect(residenceOf(moved)).toEqual(elsewhere);
  });

  it('takes the relation to the child from a closed list, optional for older cards', () => {
    for (const relation of RELATIONS) {
      expect(ChildCard.parse(typedCard({ relation })).relation).toBe(relation);
    }
    expect(fieldCodes(typedCard({ relation: 'aunt' }))).toEqual(['relation:invalid-value']);
    expect(ChildCard.parse(typedCard({ relation: '' })).relation).toBeUndefined();
  });

  it('requires consent', () => {
    expect(fieldCodes(typedCard({ consent: undefined }))).toEqual(['consent:consent-required']);
    expect(
      fieldCodes(typedCard({ consent: { given: false, at: '2025-01-15T10:00:00Z' } })),
    ).toEqual(['consent.given:consent-required']);
  });

  it('records the consent time as an ISO datetime with an offset', () => {
    const at = (v: string) => typedCard({ consent: { given: true, at: v } });
    expect(fieldCodes(at('2025-01-15T07:00:00Z'))).toEqual([]);
    expect(fieldCodes(at('2025-01-15T07:00:00.123+03:00'))).toEqual([]);
    expect(fieldCodes(at('15.01.2025'))).toEqual(['consent.at:invalid-value']);
  });

  it('names every missing required field', () => {
    expect(fieldCodes({})).toEqual([
      'surname:required',
      'givenName:required',
      'birthDate:required',
      'sex:required',
      'birthPlace:required',
      'address:required',
      'birthCertificate:required',
      'consent:consent-required',
    ]);
  });

  it('accepts a foreign certificate as free form', () => {
    const card = ChildCard.parse(
      typedCard({
        citizenship: 'kz',
        birthCertificate: {
          kind: 'foreign',
          country: 'kz',
          number: ' I-АЛ № 0012345 ',
          issueDate: '10.02.2020',
          issuedBy: 'ЗАГС г. Алматы',
        },
      }),
    );
    expect(card.birthCertificate).toEqual({
      kind: 'foreign',
      country: 'KZ',
      number: 'I-АЛ № 0012345',
      issueDate: '2020-02-10',
      issuedBy: 'ЗАГС г. Алматы',
    });
  });

  it('reports the fields of the chosen certificate kind, not a union error', () => {
    expect(
      fieldCodes(typedCard({ birthCertificate: { ...certificate(), series: '4-МЮ' } })),
    ).toEqual(['birthCertificate.series:certificate-series-format']);
    expect(
      fieldCodes(typedCard({ birthCertificate: { ...certificate(), kind: 'other' } })),
    ).toEqual(['birthCertificate.kind:invalid-value']);
  });

  it('lists its fields and the sensitive ones', () => {
    expect([...CHILD_CARD_FIELDS].sort()).toEqual(Object.keys(ChildCardShape.shape).sort());
    for (const f of SENSITIVE_CHILD_FIELDS) expect(CHILD_CARD_FIELDS).toContain(f);
  });

  it('derives a JSON schema for storage from the shape', () => {
    const schema = z.toJSONSchema(ChildCardShape) as { required: string[] };
    expect(schema.required).toContain('birthCertificate');
    expect(schema.required).not.toContain('snils');
  });

  it('parses its own output to the same value (property)', () => {
    fc.assert(
      fc.property(arbitraryTypedCard, (typed) => {
        const once = ChildCard.parse(typed);
        expect(ChildCard.parse(once)).toEqual(once);
        expect(ChildCardShape.parse(once)).toEqual(once);
      }),
    );
  });
});

function certificate() {
  return {
    kind: 'ru',
    series: 'IV-МЮ',
    number: '123456',
    issueDate: '10.02.2020',
    issuedBy: 'Отдел ЗАГС',
  };
}

const realPastDate = fc
  .record({
    year: fc.integer({ min: 2007, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    toIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) }),
  );

const cyr = fc
  .array(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'), { minLength: 1, maxLength: 10 })
  .map((cs) => cs.join(''));
const namePart = fc
  .tuple(cyr, fc.option(cyr, { nil: undefined }), fc.boolean())
  .map(([a, b, upper]) => {
    const s = b === undefined ? a : `${a}-${b}`;
    return upper ? s.toUpperCase() : s;
  });
const first9 = fc
  .integer({ min: 1_001_999, max: 999_999_999 })
  .map((n) => String(n).padStart(9, '0'));
const first10 = fc.stringMatching(/^\d{10}$/);
const roman = fc.constantFrom('I', 'IV', 'XIV', 'xl', 'LXXX', 'ХС', 'CCCXCIX');
const pad = (s: string) => fc.constantFrom(s, ` ${s} `, `${s}  `);

const arbitraryTypedCard = fc
  .record({
    surname: namePart,
    givenName: namePart,
    patronymic: fc.option(namePart, { nil: '' }),
    birthDate: realPastDate,
    sex: fc.constantFrom('male', 'female'),
    birthPlace: fc.constantFrom('г. Москва', '  с. Кожино  Тверской обл.'),
    citizenship: fc.constantFrom('RU', 'ru', '', undefined),
    snils: fc.option(
      first9.map((f) => formatSnils(f + snilsControl(f))),
      { nil: '' },
    ),
    inn: fc.option(
      first10.map((f) => f + innControlDigits(f)),
      { nil: undefined },
    ),
    omsPolicy: fc.option(fc.stringMatching(/^\d{16}$/), { nil: ' ' }),
    series: roman.chain((r) => pad(`${r}-мю`)),
    ruFormat: fc.boolean(),
  })
  .map(({ series, ruFormat, birthDate, ...rest }) =>
    typedCard({
      ...rest,
      birthDate: ruFormat ? formatDateRu(birthDate) : birthDate,
      birthCertificate: { ...certificate(), series, issueDate: birthDate },
    }),
  );
