import { codedString } from '../errors/coded-string.ts';

/**
 * `+7 (912) 345-67-89`, `8 912 345 67 89`, `79123456789` or bare `9123456789`
 * → `+79123456789`. Input that is not a Russian number is returned trimmed, unchanged.
 */
export function normalizePhoneRu(input: string): string {
  const trimmed = input.trim();
  if (!/^\+?[\d\s()-]+$/.test(trimmed)) return trimmed;
  const digits = trimmed.replace(/\D/g, '');
  const plus = trimmed.startsWith('+');
  if (plus && digits.length === 11 && digits.startsWith('7')) return `+${digits}`;
  if (!plus && digits.length === 11 && /^[78]/.test(digits)) return `+7${digits.slice(1)}`;
  if (!plus && digits.length === 10) return `+7${digits}`;
  return trimmed;
}

const PHONE_RU_SHAPE = /^\+7\d{10}$/;

export function isPhoneRu(canonical: string): boolean {
  return PHONE_RU_SHAPE.test(canonical);
}

/** `+79123456789` → `+7 912 345-67-89`; anything else comes back unchanged. */
export function formatPhoneRu(phone: string): string {
  const p = normalizePhoneRu(phone);
  if (!isPhoneRu(p)) return phone;
  return `+7 ${p.slice(2, 5)} ${p.slice(5, 8)}-${p.slice(8, 10)}-${p.slice(10)}`;
}

/** A Russian phone number as typed; outputs `+7XXXXXXXXXX`. */
export const PhoneRu = codedString(normalizePhoneRu, (p) => {
  if (p === '') return 'required';
  return isPhoneRu(p) ? undefined : 'phone-format';
}).meta({
  // What the OpenAPI document says: the canonical form, which every client can send.
  pattern: PHONE_RU_SHAPE.source,
  examples: ['+79123456789'],
  description: 'A Russian number: `+7` and 10 digits (`8 912 345-67-89` and the like are read too)',
});
