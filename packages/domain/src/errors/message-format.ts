import { SERVICE_TIME_ZONE } from '../dates/service-day.ts';
import type { Locale, MessageParams } from './types.ts';

/** "Фамилия: заполните поле" when the field is known, "Заполните поле" when it is not. */
export function withField(p: MessageParams, fix: string): string {
  if (p.field !== undefined && p.field !== '') return `${p.field}: ${fix}`;
  return fix.charAt(0).toUpperCase() + fix.slice(1);
}

/** A parameter as text, or the fallback when the caller did not supply it. */
export function param(p: MessageParams, key: string, fallback: string): string {
  const v = p[key];
  return v === undefined || v === '' ? fallback : String(v);
}

/** " — <text>" only when the parameter is present, for optional clauses. */
export function clause(p: MessageParams, key: string, render: (v: string) => string): string {
  const v = p[key];
  return v === undefined || v === '' ? '' : render(String(v));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * An instant parameter (`until`, `resetsAt`: ISO on the wire) as «ЧЧ:ММ» in
 * the service's zone, Moscow, like every time the app shows; a value that is
 * not an ISO instant (an older server's ready «ЧЧ:ММ») is shown as it came.
 */
export function timeParam(p: MessageParams, key: string, locale: Locale): string | undefined {
  const v = p[key];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string' || !INSTANT.test(v)) return String(v);
  const at = new Date(v);
  if (Number.isNaN(at.getTime())) return v;
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: SERVICE_TIME_ZONE,
  }).format(at);
}

/** What a byte unit reads as in each language. */
const UNITS: Record<Locale, Record<string, string>> = {
  ru: { B: 'Б', KiB: 'КБ', MiB: 'МБ' },
  en: { B: 'B', KiB: 'KB', MiB: 'MB' },
};

/**
 * A size parameter `{ max: 5, unit: 'MiB' }` as «5 МБ» / "5 MB"; a bare value
 * (an older server's ready «5 МБ») is shown as it came.
 */
export function sizeParam(p: MessageParams, key: string, locale: Locale): string | undefined {
  const v = p[key];
  if (v === undefined || v === '') return undefined;
  const unit = p['unit'];
  if (typeof unit !== 'string' || typeof v !== 'number') return String(v);
  const number = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB').format(v);
  return `${number} ${UNITS[locale][unit] ?? unit}`;
}

/** A byte limit as message parameters, in whole MiB or KiB: `{ max: 5, unit: 'MiB' }`. */
export function sizeParams(bytes: number): { max: number; unit: 'MiB' | 'KiB' | 'B' } {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) {
    return { max: bytes / (1024 * 1024), unit: 'MiB' };
  }
  if (bytes >= 1024 && bytes % 1024 === 0) return { max: bytes / 1024, unit: 'KiB' };
  return { max: bytes, unit: 'B' };
}

/** A count as people read it: «50 000 000» / "50,000,000"; a text value as it came. */
export function numberParam(p: MessageParams, key: string, locale: Locale): string | undefined {
  const v = p[key];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'number') return v;
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB').format(v);
}
