import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BankAccount,
  bankAccountControlDigit,
  bankAccountKeyPrefix,
  isAccountValidForBik,
} from './account.ts';
import { validate } from '../validate.ts';

const codes = (input: unknown) => {
  const r = validate(BankAccount, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

/** Any 9-digit БИК starting with 04, Bank of Russia divisions included. */
const bik = digits(7).map((d) => `04${d}`);
/** A 20-digit account with its key digit (position 9) still to be set. */
const accountBody = digits(20);

const withKey = (account: string, key: number) => `${account.slice(0, 8)}${key}${account.slice(9)}`;

describe('BankAccount', () => {
  it('accepts 20 digits typed with spaces, dots or dashes', () => {
    expect(BankAccount.parse('40817 810 8 3812 3456789')).toBe('40817810838123456789');
    expect(BankAccount.parse('40817.810.8.3812.3456789')).toBe('40817810838123456789');
  });

  it('reports the format when it is not 20 digits', () => {
    expect(codes('4081781083812345678')).toEqual(['bank-account-format']);
    expect(codes('4081781083812345678x')).toEqual(['bank-account-format']);
    expect(codes('')).toEqual(['required']);
  });
});

describe('isAccountValidForBik', () => {
  it('checks a settlement account with the last three digits of the БИК', () => {
    expect(bankAccountKeyPrefix('40817810838123456789', '044525225')).toBe('225');
    expect(isAccountValidForBik('40817810838123456789', '044525225')).toBe(true);
    expect(isAccountValidForBik('40817810938123456789', '044525225')).toBe(false);
    // The same account at another bank does not fit.
    expect(isAccountValidForBik('40817810838123456789', '044525974')).toBe(false);
  });

  it('checks a correspondent account with 0 + digits 5–6 of the БИК (real bank details)', () => {
    expect(bankAccountKeyPrefix('30101810400000000225', '044525225')).toBe('025');
    expect(isAccountValidForBik('30101810400000000225', '044525225')).toBe(true); // Sber
    expect(isAccountValidForBik('30101810145250000974', '044525974')).toBe(true); // T-Bank
    expect(isAccountValidForBik('30101810200000000593', '044525593')).toBe(true); // Alfa
  });

  it('uses 0 + digits 5–6 for an account at a Bank of Russia division (РКЦ)', () => {
    expect(bankAccountKeyPrefix('40102810545370000003', '044525000')).toBe('025');
  });

  it('is false for anything that is not a БИК and a 20-digit account', () => {
    expect(isAccountValidForBik('4081781083812345678', '044525225')).toBe(false);
    expect(isAccountValidForBik('40817810838123456789', '144525225')).toBe(false);
    expect(() => bankAccountControlDigit('123', '044525225')).toThrow(RangeError);
  });

  it('passes an account generated with the right key (property)', () => {
    fc.assert(
      fc.property(bik, accountBody, (b, a) => {
        const account = withKey(a, bankAccountControlDigit(a, b));
        expect(isAccountValidForBik(account, b)).toBe(true);
      }),
    );
  });

  it('fails the same account with any other key (property)', () => {
    fc.assert(
      fc.property(bik, accountBody, fc.integer({ min: 0, max: 9 }), (b, a, key) => {
        fc.pre(key !== bankAccountControlDigit(a, b));
        expect(isAccountValidForBik(withKey(a, key), b)).toBe(false);
      }),
    );
  });
});
