import { codedString } from '../errors/coded-string.ts';

export const EMAIL_MAX_LENGTH = 254;

// Deliberately loose (local@domain.tld, no spaces); the confirmation code proves the rest.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

export function isEmail(canonical: string): boolean {
  return canonical.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(canonical);
}

/** An e-mail address; outputs it trimmed and lower-cased. */
export const Email = codedString(normalizeEmail, (s) => {
  if (s === '') return 'required';
  if (s.length > EMAIL_MAX_LENGTH) return { code: 'too-long', params: { max: EMAIL_MAX_LENGTH } };
  return EMAIL_SHAPE.test(s) ? undefined : 'email-format';
}).meta({ format: 'email', maxLength: EMAIL_MAX_LENGTH, pattern: EMAIL_SHAPE.source });
