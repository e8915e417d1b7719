import { beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure, NetworkFailure, failureFrom } from './api-client.ts';
import { handleError } from './handle-error.ts';
import { loadErrorWords } from './wording.ts';

const words = ['offline', 'network'] as const;

describe('before the error catalogue has loaded (the sign-in screen leaves it out)', () => {
  it('shows the server`s own words', () => {
    const failure = failureFrom(422, {
      error: { code: 'code-invalid', message: 'Слова сервера', messageEn: 'Server words' },
    });
    expect(handleError(failure, 'en', ...words).message).toBe('Server words');
  });
});

describe('handleError: every failure in words, from its code and params', () => {
  // The API client starts this when a request starts.
  beforeAll(() => loadErrorWords());

  it('words a lock-out`s ISO instant as a Moscow time in the reader`s language', () => {
    // 09:30 UTC is 12:30 in Moscow.
    const failure = failureFrom(423, {
      error: {
        code: 'link-locked',
        message: 'server words',
        messageEn: 'server words',
        params: { until: '2026-12-07T09:30:00.000Z' },
      },
    });
    expect(handleError(failure, 'ru', ...words)).toEqual({
      message: 'Слишком много неверных попыток привязки. Попробуйте после 12:30.',
      fields: {},
      code: 'link-locked',
    });
    expect(handleError(failure, 'en', ...words).message).toBe(
      'Too many wrong linking attempts. Try again after 12:30.',
    );
  });

  it('words a size with its unit in each language (the English never says «МБ»)', () => {
    const failure = failureFrom(413, {
      error: {
        code: 'file-too-large',
        message: 'Файл больше 5 МБ',
        messageEn: 'The file is larger than 5 МБ',
        params: { max: 5, unit: 'MiB' },
      },
    });
    expect(handleError(failure, 'ru', ...words).message).toBe(
      'Файл больше 5 МБ — сфотографируйте страницу заново или сожмите PDF.',
    );
    expect(handleError(failure, 'en', ...words).message).toBe(
      'The file is larger than 5 MB — retake the page or compress the PDF.',
    );
    const body = failureFrom(413, {
      error: {
        code: 'payload-too-large',
        message: '',
        messageEn: '',
        params: { max: 64, unit: 'KiB' },
      },
    });
    expect(handleError(body, 'en', ...words).message).toBe(
      'The request or file is too large — the limit is 64 KB.',
    );
  });

  it('words each named field with its label and params', () => {
    const failure = failureFrom(422, {
      error: {
        code: 'validation-failed',
        message: '',
        messageEn: '',
        fields: [
          { field: 'surname', code: 'too-long', message: 'x', messageEn: 'x', params: { max: 60 } },
          { field: 'snils', code: 'snils-checksum', message: 'x', messageEn: 'x' },
        ],
      },
    });
    const ru = handleError(failure, 'ru', ...words);
    expect(ru.message).toBe('Проверьте отмеченные поля — в них ошибки.');
    expect(ru.fields).toEqual({
      surname: 'Фамилия: слишком длинно — сократите до 60 символов',
      snils: 'СНИЛС: контрольное число не сходится — сверьте цифры с документом',
    });
    expect(handleError(failure, 'en', ...words).fields['surname']).toBe(
      'Surname: too long — shorten it to 60 characters',
    );
  });

  it('takes an older server`s values beside the code (attemptsLeft) too', () => {
    const failure = failureFrom(422, {
      error: { code: 'code-invalid', message: '', messageEn: '', attemptsLeft: 4 },
    });
    expect(handleError(failure, 'ru', ...words).message).toBe(
      'Код не подошёл — проверьте его или запросите новый (осталось попыток: 4).',
    );
  });

  it('keeps the server`s own words for a code this build does not know', () => {
    const failure = new ApiFailure(409, 'some-new-code', 'Новое', 'New');
    expect(handleError(failure, 'ru', ...words).message).toBe('Новое');
    expect(handleError(failure, 'en', ...words).message).toBe('New');
    expect(handleError(failureFrom(502, null), 'en', ...words).message).toBe('Server error (502)');
  });

  it('says offline or network for a request that never arrived', () => {
    expect(handleError(new NetworkFailure(new TypeError('x')), 'ru', ...words).message).toMatch(
      /offline|network/,
    );
    expect(handleError(new Error('boom'), 'en', ...words)).toEqual({
      message: 'network',
      fields: {},
      code: null,
    });
  });
});
