import { DEFAULT_NOTIFICATION_PREFS } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { ApiFailure, createApiClient } from '../api/api-client.ts';
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

  it('saves with the session and throws the server’s refusal', async () => {
    const calls: { url: string; method: string; headers: Headers }[] = [];
    // Node's Request needs an absolute URL; the browser resolves the page's own origin.
    const baseUrl = 'http://rodnik.test';
    const saving = createApiClient({
      baseUrl,
      token: () => 'tok',
      fetch: (input, init) => {
        calls.push({
          url: String(input),
          method: init?.method ?? 'GET',
          headers: new Headers(init?.headers),
        });
        return Promise.resolve(
          new Response(JSON.stringify({ settings: DEFAULT_NOTIFICATION_PREFS }), { status: 200 }),
        );
      },
    });
    await saveNotificationPrefs(DEFAULT_NOTIFICATION_PREFS, saving);
    expect(calls[0]).toMatchObject({
      url: `${baseUrl}/api/v1/family/notification-settings`,
      method: 'PUT',
    });
    expect(calls[0]!.headers.get('authorization')).toBe('Bearer tok');
    const refused = createApiClient({
      baseUrl,
      fetch: () =>
        Promise.resolve(
          new Response(
            JSON.stringify({ error: { code: 'forbidden', message: 'Нельзя', messageEn: 'No' } }),
            { status: 403 },
          ),
        ),
    });
    await expect(saveNotificationPrefs(DEFAULT_NOTIFICATION_PREFS, refused)).rejects.toBeInstanceOf(
      ApiFailure,
    );
  });
});
