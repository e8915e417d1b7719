import type { Locale } from '@rodnik/domain';
import { ApiFailure, NetworkFailure } from './api-client.ts';
import { wordsFor } from './wording.ts';

export interface Explained {
  /** The words for the whole request, in the reader's language. */
  message: string;
  /** Words per field name the server named. */
  fields: Record<string, string>;
  code: string | null;
}

/**
 * The one place a failed online call becomes words: the app words the
 * server's code and parameters itself (`wordError`, the domain's catalogue:
 * times in the reader's language, sizes with their unit), falling back to the
 * server's own words only for a code this build does not know (or before the
 * catalogue has loaded, `wording.ts`); a request that never arrived gets
 * `offline` (the device is offline) or `network`.
 */
export function handleError(
  error: unknown,
  locale: Locale,
  offline: string,
  network: string,
): Explained {
  if (error instanceof ApiFailure) {
    const fields: Record<string, string> = {};
    for (const f of error.fields) {
      fields[f.field] =
        wordsFor(f.code, f.params ?? {}, locale, f.field) ??
        (locale === 'ru' ? f.message : f.messageEn);
    }
    const params = { ...numbersAndTexts(error.details), ...error.params };
    return {
      message: wordsFor(error.code, params, locale) ?? error.text(locale),
      fields,
      code: error.code,
    };
  }
  if (error instanceof NetworkFailure) {
    const isOnline = typeof navigator === 'undefined' || navigator.onLine;
    return { message: isOnline ? network : offline, fields: {}, code: null };
  }
  return { message: network, fields: {}, code: null };
}

/** An older server put a message's values beside `code` (`attemptsLeft`): those count too. */
function numbersAndTexts(details: Record<string, unknown>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  }
  return values;
}
