import { SERVICE_TIME_ZONE, serviceDay } from '@rodnik/domain';
import type { Messages } from '../i18n/messages.ru.ts';

/**
 * The status bar's last-sync line, in Moscow's calendar and clock like every
 * date the services show: «Синхронизировано в 00:24» today, «Синхронизировано
 * 5 декабря в 00:24» on another day (a time alone reads as today's), with the
 * year when it is not this year's.
 */
export function lastSyncLine(
  m: Messages,
  locale: 'ru' | 'en',
  lastSyncAt: string | null,
  now: Date,
): string {
  if (!lastSyncAt) return m.neverSynced;
  const at = new Date(lastSyncAt);
  const tag = locale === 'ru' ? 'ru-RU' : 'en-GB';
  const time = new Intl.DateTimeFormat(tag, {
    timeZone: SERVICE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  const day = serviceDay(at);
  const today = serviceDay(now);
  if (day === today) return m.lastSync(time);
  const date = new Intl.DateTimeFormat(tag, {
    timeZone: SERVICE_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    ...(day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' }),
  }).format(at);
  return m.lastSyncOn(date, time);
}

/** A line as shown, kept for the next start: valid for the same sync, language and Moscow day. */
export interface KeptLine {
  at: string;
  locale: 'ru' | 'en';
  text: string;
  /** The next midnight in Moscow after it was worded (epoch ms): the line then names the day. */
  until: number;
}

/**
 * The kept line, when it still reads right now — so the next start shows it without
 * `Intl` (issue 14: a page's first `Intl.DateTimeFormat` loads ICU, ≈ 30–70 ms of the
 * first render on this machine), and words it afresh at the next minute or sync.
 */
export function keptLineFor(
  kept: KeptLine | null,
  locale: 'ru' | 'en',
  lastSyncAt: string | null,
  now: Date,
): string | null {
  if (!kept || kept.at !== lastSyncAt || kept.locale !== locale) return null;
  return now.getTime() < kept.until ? kept.text : null;
}

/** The next midnight of Moscow's calendar after `now`, as an instant. */
export function nextServiceMidnight(now: Date): number {
  const [year, month, day] = serviceDay(now).split('-').map(Number) as [number, number, number];
  const offset = new Intl.DateTimeFormat('en-US', {
    timeZone: SERVICE_TIME_ZONE,
    timeZoneName: 'longOffset',
  })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName')?.value; // «GMT+03:00»
  const [, sign = '+', hours = '0', minutes = '0'] =
    /GMT([+-])(\d\d):(\d\d)/.exec(offset ?? '') ?? [];
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  return Date.UTC(year, month - 1, day + 1) - offsetMs;
}
