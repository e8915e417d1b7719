import { describe, it, expect } from 'vitest';
import { Email, Password, passwordWeaknesses } from './contact.ts';
import { OmsPolicyNumber } from './oms.ts';
import { validate } from '../validate.ts';
import type { z } from 'zod';

const codes = (schema: z.ZodType, input: unknown) => {
  const r = validate(schema, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};

describe('Email', () => {
  it('trims and lower-cases', () => {
    expect(Email.parse('  Mama@Example.RU ')).toBe('mama@example.ru');
    expect(Email.parse('мама@почта.рф')).toBe('мама@почта.рф');
  });

  it('rejects addresses without a domain or with spaces', () => {
    for (const bad of ['mama', 'mama@', 'mama@example', 'ma ma@example.ru', '@example.ru']) {
      expect(codes(Email, bad)).toEqual(['email-format']);
    }
    expect(codes(Email, '')).toEqual(['required']);
  });
});

describe('Password', () => {
  it('accepts a long enough password with all character kinds', () => {
    expect(Password.parse('Rodnik-2025')).toBe('Rodnik-2025');
  });

  it('says "too short" before "too weak"', () => {
    expect(codes(Password, 'Ab1!')).toEqual(['password-too-short']);
    expect(codes(Password, 'rodnik2025')).toEqual(['password-too-weak']);
  });

  it('lists what is missing', () => {
    expect(passwordWeaknesses('abcdefgh')).toEqual(['upper', 'digit', 'special']);
    expect(passwordWeaknesses('Abcdefg1!')).toEqual([]);
  });

  it('does not trim: a space counts but is not a special character', () => {
    expect(codes(Password, ' Abcdefg1 ')).toEqual(['password-too-weak']);
  });
});

describe('OmsPolicyNumber', () => {
  it('accepts 16 digits with spaces', () => {
    expect(OmsPolicyNumber.parse('1234 5678 9012 3456')).toBe('1234567890123456');
  });

  it('rejects anything else', () => {
    expect(codes(OmsPolicyNumber, '123456789012345')).toEqual(['oms-format']);
    expect(codes(OmsPolicyNumber, '12345678901234567')).toEqual(['oms-format']);
  });
});
