import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.en.ts';
import { ru } from '../i18n/messages.ru.ts';
import { keptLineFor, lastSyncLine, nextServiceMidnight } from './last-sync-line.ts';

describe('the status bar last-sync line', () => {
  it('gives the time alone when the sync was today in Moscow', () => {
    const now = new Date('2026-12-07T09:00:00.000Z');
    expect(lastSyncLine(ru, 'ru', '2026-12-07T06:24:00.000Z', now)).toBe(
      'Синхронизировано в 09:24',
    );
  });

  it("names the day when the sync was on another day of Moscow's calendar", () => {
    // 21:24 UTC on 6 December is 00:24 on the 7th in Moscow; at 21:30 UTC on the 7th it is
    // already the 8th there, so «в 00:24» alone would read as today's.
    const now = new Date('2026-12-07T21:30:00.000Z');
    expect(lastSyncLine(ru, 'ru', '2026-12-06T21:24:00.000Z', now)).toBe(
      'Синхронизировано 7 декабря в 00:24',
    );
    expect(lastSyncLine(en, 'en', '2026-12-06T21:24:00.000Z', now)).toBe(
      'Synced on 7 December at 00:24',
    );
  });

  it('adds the year for a sync in another year, and says when there was none', () => {
    const now = new Date('2027-01-02T09:00:00.000Z');
    expect(lastSyncLine(ru, 'ru', '2026-12-31T10:00:00.000Z', now)).toBe(
      'Синхронизировано 31 декабря 2026 г. в 13:00',
    );
    expect(lastSyncLine(ru, 'ru', null, now)).toBe(ru.neverSynced);
  });
});

describe('the last-sync line kept for the next start', () => {
  const kept = {
    at: '2026-12-07T06:24:00.000Z',
    locale: 'ru' as const,
    text: 'Синхронизировано в 09:24',
    until: Date.parse('2026-12-07T21:00:00.000Z'),
  };

  it("lasts until the next midnight of Moscow's calendar", () => {
    expect(nextServiceMidnight(new Date('2026-12-07T09:00:00.000Z'))).toBe(kept.until);
    // 21:30 UTC on the 7th is already the 8th in Moscow.
    expect(nextServiceMidnight(new Date('2026-12-07T21:30:00.000Z'))).toBe(
      Date.parse('2026-12-08T21:00:00.000Z'),
    );
  });

  it('is shown for the same sync and language on the same Moscow day, else worded afresh', () => {
    const morning = new Date('2026-12-07T10:00:00.000Z');
    expect(keptLineFor(kept, 'ru', kept.at, morning)).toBe(kept.text);
    expect(keptLineFor(kept, 'en', kept.at, morning)).toBeNull();
    expect(keptLineFor(kept, 'ru', '2026-12-07T09:00:00.000Z', morning)).toBeNull();
    // Past Moscow's midnight the time alone would read as today's.
    expect(keptLineFor(kept, 'ru', kept.at, new Date('2026-12-07T21:00:00.000Z'))).toBeNull();
    expect(keptLineFor(null, 'ru', kept.at, morning)).toBeNull();
  });
});
