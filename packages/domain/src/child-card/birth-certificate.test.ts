import { describe, it, expect } from 'vitest';
import { BirthCertificateNumber, BirthCertificateSeries } from './birth-certificate.ts';
import { Address } from './address.ts';
import { validate } from '../validate.ts';
import type { z } from 'zod';

const codes = (schema: z.ZodType, input: unknown) => {
  const r = validate(schema, input);
  return r.success ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe('BirthCertificateSeries', () => {
  it('normalises case, separators and look-alike letters to IV-МЮ', () => {
    for (const typed of ['IV-МЮ', 'iv-мю', 'IV МЮ', 'IVМЮ', ' iv – мю ', 'ІV-МЮ', 'IV-MЮ']) {
      expect(BirthCertificateSeries.parse(typed)).toBe('IV-МЮ');
    }
    // Cyrillic Х and С in the Roman part, Latin look-alikes in the letter part.
    expect(BirthCertificateSeries.parse('ХС-AB')).toBe('XC-АВ');
  });

  it('accepts valid Roman numerals made of I, V, X, L, C only', () => {
    for (const r of ['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL', 'LXXX', 'XC', 'CCCXCIX']) {
      expect(codes(BirthCertificateSeries, `${r}-АБ`)).toEqual([]);
    }
  });

  it('tells the expected shape for anything else', () => {
    for (const bad of ['IIII-АБ', 'VV-АБ', 'IC-АБ', 'M-АБ', '4-АБ', 'IV-АБВ', 'IV-A', 'IV']) {
      expect(codes(BirthCertificateSeries, bad)).toEqual([':certificate-series-format']);
    }
    const r = validate(BirthCertificateSeries, '4-АБ');
    expect(!r.success && r.errors[0]?.message).toContain('IV-МЮ');
  });
});

describe('BirthCertificateNumber', () => {
  it('takes exactly 6 digits', () => {
    expect(BirthCertificateNumber.parse(' 123 456 ')).toBe('123456');
    expect(BirthCertificateNumber.parse('№123456')).toBe('123456');
    expect(codes(BirthCertificateNumber, '12345')).toEqual([':certificate-number-format']);
  });
});

describe('Address', () => {
  it('trims, drops empty optional parts and checks the postcode', () => {
    expect(
      Address.parse({
        region: ' Тверская  область ',
        settlement: 'д. Горютино',
        street: '  ',
        house: '3',
        postcode: '170000',
      }),
    ).toMatchObject({ region: 'Тверская область', street: undefined, postcode: '170000' });
  });

  it('names each missing or wrong part', () => {
    expect(codes(Address, { region: '', settlement: 'X', house: '', postcode: '17000' })).toEqual([
      'region:required',
      'house:required',
      'postcode:postcode-format',
    ]);
    expect(
      codes(Address, { region: 'Р', settlement: 'X', house: 'Д'.repeat(21), postcode: '170000' }),
    ).toEqual(['house:too-long']);
  });
});
