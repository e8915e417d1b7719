import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Inn, innControlDigits, isValidInn } from './inn.ts';
import { validate } from '../validate.ts';

const codes = (input: unknown) => {
  const r = validate(Inn, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};
const first10 = fc.stringMatching(/^\d{10}$/);

describe('Inn', () => {
  it('accepts a personal INN with both control digits right', () => {
    expect(innControlDigits('5001007322')).toBe('59');
    expect(Inn.parse(' 5001 0073 2259 ')).toBe('500100732259');
  });

  it('rejects a wrong first or second control digit', () => {
    expect(codes('500100732249')).toEqual(['inn-checksum']);
    expect(codes('500100732258')).toEqual(['inn-checksum']);
  });

  it('asks for 12 digits (a company INN has 10)', () => {
    expect(codes('7707083893')).toEqual(['inn-format']);
    expect(codes('')).toEqual(['required']);
  });

  it('accepts any generated valid INN, spaced or not (property)', () => {
    fc.assert(
      fc.property(first10, fc.boolean(), (f, spaced) => {
        const inn = f + innControlDigits(f);
        const typed = spaced ? inn.replace(/(\d{4})(?=\d)/g, '$1 ') : inn;
        expect(Inn.parse(typed)).toBe(inn);
      }),
    );
  });

  it('rejects the same number with any other control digits (property)', () => {
    fc.assert(
      fc.property(first10, fc.integer({ min: 0, max: 99 }), (f, c) => {
        const control = String(c).padStart(2, '0');
        fc.pre(control !== innControlDigits(f));
        expect(isValidInn(f + control)).toBe(false);
        expect(codes(f + control)).toEqual(['inn-checksum']);
      }),
    );
  });
});
