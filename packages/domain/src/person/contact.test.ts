import { describe, it, expect } from 'vitest';
import { Email } from './contact.ts';
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

describe('OmsPolicyNumber', () => {
  it('accepts 16 digits with spaces', () => {
    expect(OmsPolicyNumber.parse('1234 5678 9012 3456')).toBe('1234567890123456');
  });

  it('rejects anything else', () => {
    expect(codes(OmsPolicyNumber, '123456789012345')).toEqual(['oms-format']);
    expect(codes(OmsPolicyNumber, '12345678901234567')).toEqual(['oms-format']);
  });
});
