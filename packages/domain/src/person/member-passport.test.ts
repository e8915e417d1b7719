import { describe, expect, it } from 'vitest';
import { validate } from '../validate.ts';
import { MemberPassport } from './member-passport.ts';

describe('MemberPassport', () => {
  it("names the passport's own fields in its messages", () => {
    const result = validate(MemberPassport, { passport: { series: '45' } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const series = result.errors.find((e) => e.field === 'passport.series');
    expect(series?.message).toBe('Серия паспорта: нужно 4 цифры, например 45 06');
    expect(series?.messageEn).toMatch(/^Passport series: /);
  });
});
