import { isErrorCode, type ErrorCode } from './codes.ts';
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
  const error: FieldError = {
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
  const values = definedParams(params);
  if (values !== undefined) error.params = values;
  return error;
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
  const values = definedParams(params);
  if (values !== undefined) error.params = values;
  return { error };
}

/** A message's parameters without the localized field label and the absent ones; none → undefined. */
function definedParams(params: MessageParams): Record<string, string | number> | undefined {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'field' && value !== undefined) values[key] = value;
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

/**
 * An error from the wire in the reader's language, from its code and
 * parameters alone (the one wording home of every client); `field` is the
 * field path a field error names. Undefined for a code this build does not
 * know (a newer server): show the server's own words then.
 */
export function wordError(
  code: string,
  params: MessageParams,
  locale: Locale,
  field?: string,
): string | undefined {
  if (!isErrorCode(code)) return undefined;
  const label = field === undefined || field === '' ? undefined : fieldLabel(field, locale);
  return messageFor(code, { ...params, field: label }, locale);
}
