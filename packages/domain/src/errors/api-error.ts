import type { ErrorCode } from './codes.ts';
import type { ApiError, FieldError, Locale, MessageParams } from './types.ts';
import { MESSAGES_EN } from './messages.en.ts';
import { MESSAGES_RU } from './messages.ru.ts';
import { fieldLabel } from './field-labels.ts';

const CATALOGS = { ru: MESSAGES_RU, en: MESSAGES_EN } as const;

/** The user-facing text for a code; `params.field` must already be a localized label. */
export function messageFor(code: ErrorCode, params: MessageParams, locale: Locale): string {
  return CATALOGS[locale][code](params);
}

/** A FieldError for a field path, with the label localized in each language. */
export function fieldError(
  field: string,
  code: ErrorCode,
  params: Omit<MessageParams, 'field'> = {},
): FieldError {
  return {
    field,
    code,
    message: messageFor(
      code,
      { ...params, field: field === '' ? undefined : fieldLabel(field, 'ru') },
      'ru',
    ),
    messageEn: messageFor(
      code,
      { ...params, field: field === '' ? undefined : fieldLabel(field, 'en') },
      'en',
    ),
  };
}

/** The one error body the server sends: `{ error: { code, message, messageEn, fields? } }`. */
export function apiError(
  code: ErrorCode,
  params: MessageParams = {},
  fields?: FieldError[],
): ApiError {
  const error: ApiError['error'] = {
    code,
    message: messageFor(code, params, 'ru'),
    messageEn: messageFor(code, params, 'en'),
  };
  if (fields !== undefined && fields.length > 0) error.fields = fields;
  // The values the message was worded with (`attemptsLeft`, `until`, …), for clients that word it themselves.
  const values = Object.entries(params).filter(
    ([key, value]) => key !== 'field' && value !== undefined,
  );
  if (values.length > 0)
    error.params = Object.fromEntries(values) as Record<string, string | number>;
  return { error };
}
