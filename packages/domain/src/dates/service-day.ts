/**
 * The services keep Moscow's calendar (DESIGN is silent; docs/decisions.md): an
 * application sent at 01:30 on 1 January in Moscow is numbered in the new year and
 * counted from that day, although it is still 31 December in UTC.
 */
export const SERVICE_TIME_ZONE = 'Europe/Moscow';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone, Moscow unless told. */
export function serviceDay(instant: Date | string, timeZone = SERVICE_TIME_ZONE): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new RangeError('expected an instant');
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * "Today" wherever a rule or a screen needs it (a birth date not in the
 * future, a decision date, a send quota): Moscow's calendar day of `now`,
 * never the UTC date — at 23:30 UTC it is already tomorrow in Moscow.
 * `now` is passed in, so tests and the server's clock decide it.
 */
export function serviceToday(now: Date): string {
  return serviceDay(now);
}
