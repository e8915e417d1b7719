import {
  DEFAULT_NOTIFICATION_PREFS,
  NotificationPrefs,
  type NotificationPrefs as Prefs,
} from '@rodnik/domain';
import { ok, type ApiClient } from '../api/api-client.ts';

/** The member's saved choices from their member document, or the defaults. */
export function prefsFrom(member: { notify?: unknown } | undefined): Prefs {
  const parsed = NotificationPrefs.safeParse(member?.notify);
  return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_PREFS;
}

/** The form as typed: hours are text until saved. */
export type PrefsForm = {
  sms: boolean;
  email: boolean;
  status: boolean;
  decision: boolean;
  quietOn: boolean;
  from: string;
  to: string;
};

export function formOf(prefs: Prefs): PrefsForm {
  return {
    sms: prefs.sms,
    email: prefs.email,
    status: prefs.events.includes('status'),
    decision: prefs.events.includes('decision'),
    quietOn: prefs.quiet !== null,
    from: String(prefs.quiet?.from ?? 22),
    to: String(prefs.quiet?.to ?? 8),
  };
}

const HOUR = /^\s*(\d{1,2})\s*$/;
function hour(text: string): number | null {
  const m = HOUR.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 23 ? n : null;
}

/** The choices to save, or the hour fields that are not hours 0–23. */
export function prefsOf(
  form: PrefsForm,
): { ok: true; prefs: Prefs } | { ok: false; bad: ('from' | 'to')[] } {
  const from = hour(form.from);
  const to = hour(form.to);
  if (form.quietOn && (from === null || to === null)) {
    return {
      ok: false,
      bad: [...(from === null ? ['from' as const] : []), ...(to === null ? ['to' as const] : [])],
    };
  }
  return {
    ok: true,
    prefs: {
      sms: form.sms,
      email: form.email,
      events: [
        ...(form.status ? ['status' as const] : []),
        ...(form.decision ? ['decision' as const] : []),
      ],
      quiet: form.quietOn && from !== null && to !== null ? { from, to } : null,
    },
  };
}

/** Saves them on the server (online only: the member document is the server's to write). */
export async function saveNotificationPrefs(prefs: Prefs, api: ApiClient): Promise<Prefs> {
  const saved = await ok(api.PUT('/api/v1/family/notification-settings', { body: prefs }));
  return saved.settings;
}
