import { describe, it, expect } from 'vitest';
import { Bik, isBankOfRussiaBik, isBik } from './bik.ts';
import { validate } from '../validate.ts';

const codes = (input: unknown) => {
  const r = validate(Bik, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};

describe('Bik', () => {
  it('accepts 9 digits starting with 04, typed with spaces or dashes', () => {
    expect(Bik.parse('044525225')).toBe('044525225');
    expect(Bik.parse(' 04 4525 225 ')).toBe('044525225');
    expect(Bik.parse('044-525-225')).toBe('044525225');
  });

  it('rejects other lengths, other prefixes and letters', () => {
    expect(codes('04452522')).toEqual(['bik-format']);
    expect(codes('0445252250')).toEqual(['bik-format']);
    expect(codes('144525225')).toEqual(['bik-format']);
    expect(codes('04452522a')).toEqual(['bik-format']);
    expect(codes('')).toEqual(['required']);
    expect(codes(undefined)).toEqual(['required']);
    expect(codes(44525225)).toEqual(['invalid-value']);
  });

  it('tells Bank of Russia divisions apart', () => {
    expect(isBik('044525000')).toBe(true);
    expect(isBankOfRussiaBik('044525000')).toBe(true);
    expect(isBankOfRussiaBik('044525002')).toBe(true);
    expect(isBankOfRussiaBik('044525225')).toBe(false);
  });
});
