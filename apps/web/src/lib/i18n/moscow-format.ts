import { SERVICE_TIME_ZONE } from '@rodnik/domain';

/**
 * Formatters made once per language and style: making one loads locale data
 * (100–300 ms on a slow phone the first time), and lists format many times.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
export function moscowFormat(tag: string, style: 'time' | 'short' | 'medium'): Intl.DateTimeFormat {
  const key = `${tag} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      ...(style === 'time'
        ? { hour: '2-digit', minute: '2-digit' }
        : { dateStyle: style, timeStyle: 'short' }),
      timeZone: SERVICE_TIME_ZONE,
    });
    formats.set(key, format);
  }
  return format;
}
