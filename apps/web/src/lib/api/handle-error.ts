import { ApiFailure, NetworkFailure } from './api-client.ts';

export interface Explained {
  /** The words for the whole request (the server's, in the current language). */
  message: string;
  /** Words per field name the server named. */
  fields: Record<string, string>;
  code: string | null;
}

/**
 * Any failure of an online call in words: the server's own message (it is
 * already worded, in both languages, from the domain's catalogue) and its
 * per-field messages; a request that never arrived gets `offline`.
 */
export function explainFailure(
  error: unknown,
  locale: 'ru' | 'en',
  offline: string,
  network: string,
): Explained {
  if (error instanceof ApiFailure) {
    const fields: Record<string, string> = {};
    for (const f of error.fields) fields[f.field] = locale === 'ru' ? f.message : f.messageEn;
    return { message: error.text(locale), fields, code: error.code };
  }
  if (error instanceof NetworkFailure) {
    const isOnline = typeof navigator === 'undefined' || navigator.onLine;
    return { message: isOnline ? network : offline, fields: {}, code: null };
  }
  return { message: network, fields: {}, code: null };
}
