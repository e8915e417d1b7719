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
