/** Moscow keeps UTC+3 all year (no summer time since 2014). */
const MOSCOW_OFFSET_HOURS = 3;

/**
 * When the member's quiet hours (whole hours in Moscow time, `from` up to `to`, across
 * midnight when `from` > `to`) end, if `now` falls inside them; null when it does not or
 * there are none (`from` = `to` is no quiet time at all).
 */
export function quietHoursEnd(
  now: Date,
  quiet: { from: number; to: number } | null | undefined,
): Date | null {
  if (!quiet || quiet.from === quiet.to) return null;
  const moscow = new Date(now.getTime() + MOSCOW_OFFSET_HOURS * 3_600_000);
  const hour = moscow.getUTCHours();
  const inside =
    quiet.from < quiet.to
      ? hour >= quiet.from && hour < quiet.to
      : hour >= quiet.from || hour < quiet.to;
  if (!inside) return null;
  const end = new Date(moscow);
  end.setUTCHours(quiet.to, 0, 0, 0);
  if (end.getTime() <= moscow.getTime()) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - MOSCOW_OFFSET_HOURS * 3_600_000);
}
