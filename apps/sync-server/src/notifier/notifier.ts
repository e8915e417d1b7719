import type { Channel } from '../store/store.ts';

export interface OutgoingMessage {
  channel: Channel;
  /** A phone number (`+7…`) for SMS, an address for e-mail. */
  to: string;
  /** What the message is for (`confirm-phone`, `sign-in`, …); safe to log. */
  purpose: string;
  text: string;
}

/** Delivery port: the outbox by default, SMTP and an SMS gateway when configured. */
export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}

/** Sends each channel through its own notifier. */
export function routeByChannel(routes: Record<Channel, Notifier>): Notifier {
  return { send: (message) => routes[message.channel].send(message) };
}
