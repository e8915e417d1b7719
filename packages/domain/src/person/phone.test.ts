import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PhoneRu, formatPhoneRu } from './phone.ts';
import { validate } from '../validate.ts';

const codes = (input: unknown) => {
  const r = validate(PhoneRu, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};

describe('PhoneRu', () => {
  it('normalises +7, 8, 7 and bare 10-digit numbers to +7XXXXXXXXXX', () => {
    for (const typed of [
      '+7 (912) 345-67-89',
      '8 912 345 67 89',
      '89123456789',
      '79123456789',
      '+79123456789',
      '(912) 345-67-89',
    ]) {
      expect(PhoneRu.parse(typed)).toBe('+79123456789');
    }
  });

  it('rejects numbers that are not Russian mobile or landline numbers', () => {
    expect(codes('+1 202 555 0100')).toEqual(['phone-format']);
    expect(codes('+8 912 345 67 89')).toEqual(['phone-format']);
    expect(codes('912345678')).toEqual(['phone-format']);
    expect(codes('телефон')).toEqual(['phone-format']);
    expect(codes(' ')).toEqual(['required']);
  });

  it('formats for display', () => {
    expect(formatPhoneRu('+79123456789')).toBe('+7 912 345-67-89');
    expect(formatPhoneRu('nope')).toBe('nope');
  });

  it('normalises every way of typing the same number to one output (property)', () => {
    const ten = fc.stringMatching(/^\d{10}$/);
    const prefix = fc.constantFrom('+7', '8', '7', '+7 ', '8 ', '');
    const sep = fc.constantFrom('', ' ', '-');
    fc.assert(
      fc.property(ten, prefix, sep, fc.boolean(), (d, pre, s, parens) => {
        const area = parens ? `(${d.slice(0, 3)})` : d.slice(0, 3);
        const typed = `${pre}${area}${s}${d.slice(3, 6)}${s}${d.slice(6, 8)}${s}${d.slice(8)}`;
        expect(PhoneRu.parse(typed)).toBe(`+7${d}`);
        expect(PhoneRu.parse(formatPhoneRu(`+7${d}`))).toBe(`+7${d}`);
      }),
    );
  });
});
