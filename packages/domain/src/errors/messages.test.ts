import { describe, it, expect } from 'vitest';
import {
  ERROR_CODES,
  FIELD_LABELS,
  MESSAGES_EN,
  MESSAGES_RU,
  apiError,
  fieldError,
  fieldLabel,
  isErrorCode,
  messageFor,
  sizeParams,
  wordError,
} from './index.ts';

describe('error messages', () => {
  it('has a non-empty Russian and English message for every code, with and without a field', () => {
    for (const code of ERROR_CODES) {
      for (const locale of ['ru', 'en'] as const) {
        expect(messageFor(code, {}, locale).trim(), `${code}/${locale}`).not.toBe('');
        expect(messageFor(code, { field: 'X' }, locale).trim()).not.toBe('');
      }
    }
    expect(Object.keys(MESSAGES_RU).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(MESSAGES_EN).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('names the field and says the fix for a Latin surname', () => {
    const e = fieldError('surname', 'name-latin-letters');
    expect(e.message).toBe('Фамилия: латинские буквы — введите кириллицей');
    expect(e.messageEn).toBe('Surname: Latin letters — type it in Cyrillic');
  });

  it('starts with a capital letter when no field is named', () => {
    expect(messageFor('required', {}, 'ru')).toBe('Заполните поле');
    expect(messageFor('required', {}, 'en')).toBe('Fill this in');
  });

  it('puts parameters into the text', () => {
    expect(messageFor('code-locked', { until: '12:30' }, 'ru')).toBe(
      'Слишком много попыток. Попробуйте после 12:30',
    );
    expect(messageFor('code-locked', { until: '12:30' }, 'en')).toContain('after 12:30');
    expect(messageFor('too-long', { field: 'Дом', max: 20 }, 'ru')).toBe(
      'Дом: слишком длинно — сократите до 20 символов',
    );
    expect(messageFor('code-resend-too-soon', {}, 'ru')).not.toMatch(/undefined/);
  });

  it('words an ISO instant as a Moscow time and a size with its unit, in each language', () => {
    // 09:30 UTC is 12:30 in Moscow.
    const until = '2026-12-07T09:30:00.000Z';
    expect(messageFor('code-locked', { until }, 'ru')).toBe(
      'Слишком много попыток. Попробуйте после 12:30',
    );
    expect(messageFor('code-locked', { until }, 'en')).toBe(
      'Too many attempts. Try again after 12:30',
    );
    expect(messageFor('file-too-large', sizeParams(5 * 1024 * 1024), 'en')).toMatch(
      /^The file is larger than 5 MB /,
    );
    expect(messageFor('file-too-large', sizeParams(5 * 1024 * 1024), 'ru')).toMatch(
      /^Файл больше 5 МБ /,
    );
    expect(sizeParams(64 * 1024)).toEqual({ max: 64, unit: 'KiB' });
    expect(messageFor('file-image-too-large', { max: 50_000_000 }, 'en')).toContain(
      'at most 50,000,000 pixels',
    );
    expect(messageFor('file-image-too-large', { max: 50_000_000 }, 'ru')).toContain(
      'не больше 50\u00a0000\u00a0000 пикселей',
    );
    expect(sizeParams(1000)).toEqual({ max: 1000, unit: 'B' });
  });

  it('words a wire error from its code, params and field path, and leaves an unknown code alone', () => {
    expect(wordError('too-long', { max: 60 }, 'en', 'surname')).toBe(
      'Surname: too long — shorten it to 60 characters',
    );
    expect(wordError('not-found', {}, 'ru')).toBe('Не найдено.');
    expect(wordError('a-code-from-a-newer-server', {}, 'ru')).toBeUndefined();
  });

  it('carries a field error`s params on the wire for clients that word it themselves', () => {
    expect(fieldError('surname', 'too-long', { max: 60 }).params).toEqual({ max: 60 });
    expect(fieldError('surname', 'required')).not.toHaveProperty('params');
  });

  it('never renders "undefined" when optional parameters are missing', () => {
    for (const code of ERROR_CODES) {
      expect(messageFor(code, {}, 'ru')).not.toMatch(/undefined/);
      expect(messageFor(code, {}, 'en')).not.toMatch(/undefined/);
    }
  });
});

describe('field labels', () => {
  it('labels child-card and account fields in both languages', () => {
    expect(fieldLabel('birthCertificate.series', 'ru')).toBe('Серия свидетельства о рождении');
    expect(fieldLabel('birthCertificate.series', 'en')).toBe('Birth certificate series');
    expect(fieldLabel('address.postcode', 'ru')).toBe('Индекс');
    expect(fieldLabel('snils', 'en')).toBe('SNILS');
    expect(fieldLabel('password', 'ru')).toBe('Пароль');
    for (const label of Object.values(FIELD_LABELS)) {
      expect(label.ru).not.toBe('');
      expect(label.en).not.toBe('');
    }
  });

  it('falls back to the path itself for unknown paths, including prototype keys', () => {
    expect(fieldLabel('foo.bar', 'ru')).toBe('foo.bar');
    expect(fieldLabel('toString', 'en')).toBe('toString');
    expect(fieldLabel('__proto__', 'en')).toBe('__proto__');
  });
});

describe('apiError', () => {
  it('builds the wire shape with both languages', () => {
    expect(apiError('not-found')).toEqual({
      error: { code: 'not-found', message: 'Не найдено.', messageEn: 'Not found.' },
    });
  });

  it('attaches field errors only when there are some', () => {
    const fields = [fieldError('snils', 'snils-checksum')];
    expect(apiError('validation-failed', {}, fields).error.fields).toEqual(fields);
    expect(apiError('validation-failed', {}, []).error).not.toHaveProperty('fields');
  });

  it('recognises error codes', () => {
    expect(isErrorCode('snils-checksum')).toBe(true);
    expect(isErrorCode('Invalid input')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});
