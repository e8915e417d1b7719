import { describe, expect, it } from 'vitest';
import { I18n } from './i18n.svelte.ts';

describe('I18n dates and times', () => {
  // 08:24 UTC is 11:24 in Moscow: what the status bar says, whatever the phone's zone.
  const at = '2026-12-07T08:24:00.000Z';

  it('says times in Moscow time in both languages', () => {
    const i18n = new I18n();
    expect(i18n.time(at)).toBe('11:24');
    expect(i18n.dateTime(at)).toBe('07.12.2026, 11:24');
    i18n.set('en');
    expect(i18n.dateTime(at)).toBe('07/12/2026, 11:24');
  });

  it('crosses midnight with Moscow, not with the phone', () => {
    expect(new I18n().dateTime('2026-12-07T22:30:00.000Z')).toBe('08.12.2026, 01:30');
  });
});
