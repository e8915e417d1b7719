import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import type { Store } from '../store/store.ts';
import type { JobWorker } from '../verification/job-worker.ts';
import { periodicPruner } from './periodic-task.ts';

/**
 * How long delivered messages stay in the outbox. They hold one-time codes
 * (valid 10 minutes), so a day is plenty for the development outbox's readers.
 */
export const OUTBOX_RETENTION_MS = 24 * 3_600_000;

/** Deletes old outbox messages at start and then every `everyMs`, beside the job workers. */
export function outboxPruner(
  deps: { store: Store; clock: Clock; logger: Logger },
  everyMs = 3_600_000,
): JobWorker {
  return periodicPruner({
    name: 'outbox pruning',
    everyMs,
    logger: deps.logger,
    prune() {
      const before = new Date(deps.clock.now().getTime() - OUTBOX_RETENTION_MS).toISOString();
      return deps.store.transaction((tx) => tx.pruneOutbox(before));
    },
  });
}
