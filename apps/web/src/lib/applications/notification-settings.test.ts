import { DEFAULT_NOTIFICATION_PREFS } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { formOf, prefsFrom, prefsOf, saveNotificationPrefs } from './notification-settings.ts';

describe('notification settings', () => {
  it('starts from the defaults until the member saved any', () => {
    expect(prefsFrom(undefined)).toEqual(DEFAULT_NOTIFICATION_PREFS);
    expect(prefsFrom({ notify: null })).toEqual(DEFAULT_NOTIFICATION_PREFS);
    const saved = { sms: false, email: true, events: ['decision'], quiet: { from: 23, to: 7 } };
    expect(prefsFrom({ notify: saved })).toEqual(saved);
  });

  it('turns the form into choices, and names hours that are not 0–23', () => {
    const form = { ...formOf(DEFAULT_NOTIFICATION_PREFS), status: false, quietOn: true };
    expect(prefsOf(form)).toEqual({
      ok: true,
      prefs: { sms: true, email: true, events: ['decision'], quiet: { from: 22, to: 8 } },
    });
    expect(prefsOf({ ...form, from: '24', to: 'ночь' })).toEqual({
      ok: false,
      bad: ['from', 'to'],
    });
    expect(prefsOf({ ...form, quietOn: false, from: 'x' })).toMatchObject({
      ok: true,
      prefs: { quiet: null },
    });
  });

  it('saves with the session and reads the server’s words on a refusal', async () => {
    const calls: [string, RequestInit][] = [];
    const ok = (async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify({ settings: DEFAULT_NOTIFICATION_PREFS }), {
        status: 200,
      });
    }) as unknown as typeof fetch;
    await saveNotificationPrefs(DEFAULT_NOTIFICATION_PREFS, 'tok', ok);
    expect(calls[0]![0]).toBe('/api/v1/family/notification-settings');
    expect(calls[0]![1].method).toBe('PUT');
    expect((calls[0]![1].headers as Record<string, string>).authorization).toBe('Bearer tok');
    const refused = (async () =>
      new Response(
        JSON.stringify({ error: { code: 'forbidden', message: 'Нельзя', messageEn: 'No' } }),
        { status: 403 },
      )) as unknown as typeof fetch;
    await expect(
      saveNotificationPrefs(DEFAULT_NOTIFICATION_PREFS, 'tok', refused),
    ).rejects.toThrow();
  });
});
