import { describe, expect, it } from 'vitest';
import { I18n, loadCatalog } from './i18n.svelte.ts';

describe('I18n dates and times', () => {
  // 08:24 UTC is 11:24 in Moscow: what the status bar says, whatever the phone's zone.
  const at = '2026-12-07T08:24:00.000Z';

  it('says times in Moscow time in both languages', async () => {
    const i18n = new I18n();
    expect(i18n.time(at)).toBe('11:24');
    expect(i18n.dateTime(at)).toBe('07.12.2026, 11:24');
    await i18n.set('en');
    expect(i18n.dateTime(at)).toBe('07/12/2026, 11:24');
  });

  it('crosses midnight with Moscow, not with the phone', () => {
    expect(new I18n().dateTime('2026-12-07T22:30:00.000Z')).toBe('08.12.2026, 01:30');
  });
});

describe('I18n catalogues', () => {
  const memory = (saved?: string) => {
    const items = new Map<string, string>(saved ? [['rodnik.locale', saved]] : []);
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  };

  it('switches to English once its catalogue has loaded, and keeps the choice', async () => {
    const storage = memory();
    const i18n = new I18n(storage);
    expect(i18n.m.signOut).toBe('Выйти');
    await i18n.toggle();
    expect(i18n.locale).toBe('en');
    expect(i18n.m.signOut).toBe('Sign out');
    expect(storage.getItem('rodnik.locale')).toBe('en');
  });

  it('starts in the saved language when its catalogue was loaded before the first render', async () => {
    await loadCatalog('en');
    expect(new I18n(memory('en')).m.signOut).toBe('Sign out');
  });
});
