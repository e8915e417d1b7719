import { codedString } from '../errors/coded-string.ts';

export function normalizeOms(input: string): string {
  return input.trim().replace(/\s/g, '');
}

/** `1234 5678 9012 3456` → 16 digits out. */
export const OmsPolicyNumber = codedString(normalizeOms, (d) => {
  if (d === '') return 'required';
  return /^\d{16}$/.test(d) ? undefined : 'oms-format';
});
