import { describe, expect, it } from 'vitest';
import { validate } from '../validate.ts';
import { Password, isCommonPassword, passwordProblem, passwordStrength } from './password.ts';

const code = (password: string, logins: string[] = []) => {
  const problem = passwordProblem(password, logins);
  return typeof problem === 'object' ? problem.code : problem;
};

describe('the password rule', () => {
  it('takes ten letters of a Russian keyboard, no digit or Latin needed', () => {
    expect(code('мояпесенка')).toBeUndefined();
    expect(code('Ёжик в тумане')).toBeUndefined();
    expect(code('три зелёных кота')).toBeUndefined();
    expect(Password.parse('Rodnik-2026!')).toBe('Rodnik-2026!');
  });

  it('asks for length first, counting letters rather than bytes', () => {
    expect(passwordProblem('ёжикёжик1')).toEqual({
      code: 'password-too-short',
      params: { min: 10 },
    });
    expect(code('')).toBe('required');
    expect(code('а'.repeat(129))).toBe('too-long');
    expect(code('Ёжик в тум')).toBeUndefined();
  });

  it('refuses the commonest passwords, with digits or symbols around them too', () => {
    for (const common of [
      'password123',
      'Password2026!',
      'qwerty123456',
      '1234567890',
      '0987654321',
      'йцукенгшщз',
      'Пароль12345',
      'gfhjkm12345',
      'ялюблютебя',
      'я люблю тебя',
      'ааааааааааа',
      'qwertyqwerty',
      '1q2w3e4r5t',
      'abcdefghijk',
      '1212121212',
    ]) {
      expect([common, code(common)]).toEqual([common, 'password-too-common']);
    }
    expect(isCommonPassword('Наташа1985!')).toBe(true);
    expect(isCommonPassword('Наташа и Петя 1985')).toBe(false);
  });

  it('refuses the login itself: the phone in any spelling, the e-mail or its name, the child login', () => {
    const phone = '+79123456789';
    expect(code('89123456789', [phone])).toBe('password-is-login');
    expect(code('+7 912 345-67-89', [phone])).toBe('password-is-login');
    expect(code('mama.ivanova@mail.ru', ['mama.ivanova@mail.ru'])).toBe('password-is-login');
    expect(code('Mama.Ivanova2026', ['mama.ivanova@mail.ru'])).toBe('password-is-login');
    expect(code('sasha.petrov', ['sasha.petrov'])).toBe('password-is-login');
    expect(code('mama.ivanova и кот', ['mama.ivanova@mail.ru'])).toBeUndefined();
  });

  it('reports through the schema as a coded field error', () => {
    const result = validate(Password, 'qwerty123456');
    expect(result.success ? [] : result.errors.map((e) => e.code)).toEqual(['password-too-common']);
  });
});

describe('the strength shown while typing', () => {
  it('is 0 for whatever the rule refuses, so the meter never praises a refusal', () => {
    expect(passwordStrength('короткий')).toBe(0);
    expect(passwordStrength('qwerty123456')).toBe(0);
    expect(passwordStrength('89123456789', ['+79123456789'])).toBe(0);
  });

  it('grows with length and variety, and a run of neighbouring keys adds little', () => {
    expect(passwordStrength('19.04.1990')).toBe(1);
    expect(passwordStrength('мояпесенка')).toBe(2);
    expect(passwordStrength('Rodnik-2026!')).toBe(3);
    expect(passwordStrength('три зелёных кота')).toBe(3);
    expect(passwordStrength('абвгмояпесенка')).toBeLessThanOrEqual(
      passwordStrength('мояпесенкаполе'),
    );
  });
});
