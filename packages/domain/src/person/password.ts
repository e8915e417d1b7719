import { codedString } from '../errors/coded-string.ts';
import type { Problem } from '../errors/coded-string.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/**
 * The one password rule (issue 17), for every account — a parent's, a
 * teenager's, a five-year-old's simplified account and an operator's — on
 * the server and in the browser alike. Length first, so a Russian keyboard
 * meets it with letters alone: at least 10 characters of any kind (Cyrillic
 * counts; a passphrase of a few words is welcome). The commonest passwords
 * are refused, and so is the login itself. No "upper, lower, digit, symbol"
 * recipe: it made people write «Password1!», which is first in every list.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set(COMMON_PASSWORDS);

/** Runs a person slides a finger along: rows of both layouts, alphabets, digits. */
const RUNS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'йцукенгшщзхъ',
  'фывапролджэ',
  'ячсмитьбю',
  'abcdefghijklmnopqrstuvwxyz',
  'абвгдежзийклмнопрстуфхцчшщъыьэюя',
];

/** Lower-case, «ё» as «е», no spaces: how the lists and logins are compared. */
function core(password: string): string {
  return password.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, '');
}

/** The letters-and-digits middle of a password: «Password2026!» → «password». */
function stem(c: string): string {
  return c.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** One character repeated, or a stretch of a keyboard row or an alphabet, either way, possibly repeated. */
function isRunOrRepeat(c: string): boolean {
  if (c.length < 3) return false;
  if ([...c].every((ch) => ch === c[0])) return true;
  for (const period of [2, 3, 4, 5]) {
    if (c.length >= period * 2 && c === c.slice(0, period).repeat(c.length / period)) return true;
  }
  return RUNS.some((run) => {
    const back = [...run].reverse().join('');
    const inRun = (s: string) => s.length >= 3 && (run.includes(s) || back.includes(s));
    if (inRun(c)) return true;
    // «1234512345», «qwertyqwerty»: a run typed twice.
    const half = c.slice(0, c.length / 2);
    return c.length % 2 === 0 && half + half === c && inRun(half);
  });
}

/** What a login looks like when someone makes a password of it. */
function loginForms(login: string): string[] {
  const c = core(login);
  const forms = [c];
  const at = c.indexOf('@');
  if (at > 0) forms.push(c.slice(0, at));
  const digits = c.replace(/\D/g, '');
  if (digits.length >= 10 && !/\p{L}/u.test(c.slice(0, Math.max(at, 0)))) {
    const ten = digits.slice(-10);
    forms.push(ten, `7${ten}`, `8${ten}`);
  }
  return forms.filter((form) => form.length >= 3);
}

function isLoginLike(password: string, logins: readonly string[]): boolean {
  const c = core(password);
  const s = stem(c);
  const digitsOnly = /\p{L}/u.test(c) ? null : c.replace(/\D/g, '');
  return logins.some((login) =>
    loginForms(login).some((form) => form === c || form === s || form === digitsOnly),
  );
}

/** Whether the password is one of the commonest, or one of them with digits or symbols around it. */
export function isCommonPassword(password: string): boolean {
  const c = core(password);
  const s = stem(c);
  return COMMON.has(c) || COMMON.has(s) || isRunOrRepeat(c) || isRunOrRepeat(s);
}

/**
 * What is wrong with a new password, in the order a person fixes it: empty,
 * too short, too long, too common, the login itself. `logins` are the
 * account's phone, e-mail or child login (what it signs in with).
 */
export function passwordProblem(
  password: string,
  logins: readonly string[] = [],
): Problem | undefined {
  if (password === '') return 'required';
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return { code: 'password-too-short', params: { min: PASSWORD_MIN_LENGTH } };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { code: 'too-long', params: { max: PASSWORD_MAX_LENGTH } };
  }
  if (isCommonPassword(password)) return 'password-too-common';
  if (isLoginLike(password, logins)) return 'password-is-login';
  return undefined;
}

/**
 * A new password as a schema field (the login check needs the other fields:
 * `passwordProblem(password, logins)` in the body's own refinement). Not
 * trimmed — spaces typed are part of it.
 */
export const Password = codedString(
  (s) => s,
  (s) => passwordProblem(s),
).meta({
  format: 'password',
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  description: `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters of any letters; not one of the commonest passwords, not the login`,
});

/** 0: refused; 1: accepted but guessable; 2: good; 3: strong. */
export type PasswordStrength = 0 | 1 | 2 | 3;

/**
 * How hard the password is to guess, for the meter shown while typing: a
 * rough count of bits (the alphabets used, per character; a repeat or the
 * next key in a run counts one bit). Refused passwords are 0, so the meter
 * never praises what the server will turn down.
 */
export function passwordStrength(
  password: string,
  logins: readonly string[] = [],
): PasswordStrength {
  if (passwordProblem(password, logins) !== undefined) return 0;
  const chars = [...password.normalize('NFC')];
  let pool = 0;
  if (chars.some((ch) => /[a-z]/.test(ch))) pool += 26;
  if (chars.some((ch) => /[A-Z]/.test(ch))) pool += 26;
  if (chars.some((ch) => /[а-яё]/.test(ch))) pool += 33;
  if (chars.some((ch) => /[А-ЯЁ]/.test(ch))) pool += 33;
  if (chars.some((ch) => /\d/.test(ch))) pool += 10;
  if (chars.some((ch) => /[^\p{L}\p{N}]/u.test(ch))) pool += 10;
  if (chars.some((ch) => /\p{L}/u.test(ch) && !/[a-zA-Zа-яёА-ЯЁ]/.test(ch))) pool += 30;
  const perChar = Math.log2(Math.max(pool, 2));
  let bits = 0;
  chars.forEach((ch, i) => {
    const before = i > 0 ? chars[i - 1]!.codePointAt(0)! : -10;
    const step = Math.abs(ch.codePointAt(0)! - before);
    bits += step <= 1 ? 1 : perChar;
  });
  if (bits < 50) return 1;
  if (bits < 65) return 2;
  return 3;
}
