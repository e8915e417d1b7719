import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import type { Store } from '../store/store.ts';
import type { Notifier } from './notifier.ts';

/**
 * The default delivery: messages are kept in the store's outbox, where a
 * development setup (`DEV_OUTBOX=1`) can read them. The log line names the
 * channel and purpose only: the recipient and the code are personal data.
 */
export function outboxNotifier(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  newId(): string;
}): Notifier {
  return {
    async send(message) {
      await deps.store.transaction((tx) =>
        tx.addOutbox({ id: deps.newId(), ...message, createdAt: deps.clock.now().toISOString() }),
      );
      deps.logger.info(
        { channel: message.channel, purpose: message.purpose },
        'message queued in outbox',
      );
    },
  };
}
