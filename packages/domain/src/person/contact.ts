import { codedString } from '../errors/coded-string.ts';
import type { Problem } from '../errors/coded-string.ts';

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

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
});

/** Which of the password rules a candidate misses (empty when it is strong enough). */
export function passwordWeaknesses(password: string): ('upper' | 'lower' | 'digit' | 'special')[] {
  const missing: ('upper' | 'lower' | 'digit' | 'special')[] = [];
  if (!/[A-Z]/.test(password)) missing.push('upper');
  if (!/[a-z]/.test(password)) missing.push('lower');
  if (!/\d/.test(password)) missing.push('digit');
  if (!/[^\p{L}\p{N}\s]/u.test(password)) missing.push('special');
  return missing;
}

/**
 * A new password: at least 8 characters with upper- and lower-case Latin letters, a digit
 * and a special character. Not trimmed — spaces the user typed are part of it.
 */
export const Password = codedString(
  (s) => s,
  (s): Problem | undefined => {
    if (s === '') return 'required';
    if ([...s].length < PASSWORD_MIN_LENGTH) {
      return { code: 'password-too-short', params: { min: PASSWORD_MIN_LENGTH } };
    }
    if (s.length > PASSWORD_MAX_LENGTH) {
      return { code: 'too-long', params: { max: PASSWORD_MAX_LENGTH } };
    }
    return passwordWeaknesses(s).length === 0 ? undefined : 'password-too-weak';
  },
);
