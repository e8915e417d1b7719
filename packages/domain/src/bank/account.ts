import { codedString } from '../errors/coded-string.ts';
import { isBankOfRussiaBik, isBik } from './bik.ts';

const WEIGHTS = [7, 1, 3] as const;

/** Digits only: users paste `40817 810 0 9999 1234567` or with dots and dashes. */
export function normalizeBankAccount(input: string): string {
  return input.trim().replace(/[\s.-]/g, '');
}

export function isBankAccountFormat(digits: string): boolean {
  return /^\d{20}$/.test(digits);
}

/** A correspondent account of a bank at the Bank of Russia (balance account 30101). */
function isCorrespondentAccount(account: string): boolean {
  return account.startsWith('30101');
}

/**
 * The three digits put in front of the account for the key check: the БИК's last three
 * digits for an account at a credit institution; `0` + БИК digits 5–6 (the number of the
 * Bank of Russia division) for a correspondent account or an account held at a РКЦ.
 */
export function bankAccountKeyPrefix(account: string, bik: string): string {
  return isCorrespondentAccount(account) || isBankOfRussiaBik(bik)
    ? `0${bik.slice(4, 6)}`
    : bik.slice(6, 9);
}

function weightedSum(digits23: string): number {
  let sum = 0;
  for (let i = 0; i < digits23.length; i++) {
    sum += (Number(digits23[i]) * (WEIGHTS[i % 3] ?? 0)) % 10;
  }
  return sum;
}

/**
 * The control key (the 9th digit) an account must have with this БИК: the 23 digits
 * prefix + account, with the key taken as 0, weighted 7,1,3,…; key = (sum mod 10) × 3 mod 10.
 */
export function bankAccountControlDigit(account: string, bik: string): number {
  if (!isBankAccountFormat(account)) throw new RangeError('account must be 20 digits');
  if (!isBik(bik)) throw new RangeError('bik must be a 9-digit БИК starting with 04');
  const zeroed = `${account.slice(0, 8)}0${account.slice(9)}`;
  return ((weightedSum(bankAccountKeyPrefix(zeroed, bik) + zeroed) % 10) * 3) % 10;
}

/**
 * The control-key check of a 20-digit account against its bank's БИК (Bank of Russia
 * rules): the weighted sum (7,1,3 repeated) of the 23 digits prefix + account is 0 mod 10.
 * False for anything that is not a БИК and a 20-digit account.
 */
export function isAccountValidForBik(account: string, bik: string): boolean {
  if (!isBankAccountFormat(account) || !isBik(bik)) return false;
  return weightedSum(bankAccountKeyPrefix(account, bik) + account) % 10 === 0;
}

/** A 20-digit bank account as typed; outputs the digits. The БИК key is a cross-field check. */
export const BankAccount = codedString(normalizeBankAccount, (d) => {
  if (d === '') return 'required';
  return isBankAccountFormat(d) ? undefined : 'bank-account-format';
});
