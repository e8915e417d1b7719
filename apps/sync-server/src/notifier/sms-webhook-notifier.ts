import type { Notifier } from './notifier.ts';

/** SMS through an HTTP gateway: `POST SMS_WEBHOOK_URL` with `{ to, text }`. */
export function smsWebhookNotifier(url: string, fetchImpl: typeof fetch = fetch): Notifier {
  return {
    async send(message) {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
