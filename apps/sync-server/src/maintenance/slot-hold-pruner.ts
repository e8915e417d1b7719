import { serviceToday } from '@rodnik/domain';
import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import type { Store } from '../store/store.ts';
import type { JobWorker } from '../verification/job-worker.ts';
import { periodicPruner } from './periodic-task.ts';

/**
 * Drops the holds of doctors' slots from before today (Moscow) at start and
 * then every `everyMs`: a past slot can never be booked again, so its key only
 * grew the table. A visit's record stays on its application.
 */
export function slotHoldPruner(
  deps: { store: Store; clock: Clock; logger: Logger },
  everyMs = 3_600_000,
): JobWorker {
  return periodicPruner({
    name: 'past slot holds pruning',
    everyMs,
    logger: deps.logger,
    prune() {
      const today = serviceToday(deps.clock.now());
      return deps.store.transaction((tx) => tx.prunePastSlotHolds(today));
    },
  });
}
