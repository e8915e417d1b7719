import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import type { Job, Store } from '../store/store.ts';

export interface JobWorker {
  start(): void;
  stop(): Promise<void>;
  /** Looks for due jobs now instead of at the next poll. */
  kick(): void;
  /** Runs every due job, then resolves (for tests and shutdown). */
  drain(): Promise<void>;
}

const MAX_ATTEMPTS = 8;

/**
 * Runs stored jobs of one kind. Jobs live in the store, so a restart in the
 * middle of one picks it up again (`recoverJobs` at start on SQLite, the
 * job's lease on PostgreSQL, where other instances share the jobs);
 * handlers are written to be safe to run twice.
 */
export function createJobWorker(options: {
  kind: string;
  store: Store;
  clock: Clock;
  logger: Logger;
  pollMs?: number;
  handle(job: Job): Promise<void>;
}): JobWorker {
  const { store, clock, logger, kind } = options;
  let timer: NodeJS.Timeout | null = null;
  /** `start`'s recovery of jobs a crash left claimed: they are due once it is done. */
  let recovered: Promise<void> = Promise.resolve();
  let running: Promise<void> | null = null;
  let again = false;

  async function runDue(): Promise<void> {
    for (;;) {
      const jobs = await store.transaction((tx) =>
        tx.claimJobs(kind, clock.now().toISOString(), 10),
      );
      if (jobs.length === 0) return;
      for (const job of jobs) await runOne(job);
    }
  }

  async function runOne(job: Job): Promise<void> {
    try {
      await options.handle(job);
      await store.transaction((tx) => tx.updateJob(job.id, { status: 'done', lastError: null }));
    } catch (error) {
      const attempts = job.attempts + 1;
      const delayMs = Math.min(2 ** attempts * 1000, 10 * 60_000);
      const message = error instanceof Error ? error.name + ': ' + error.message : 'unknown';
      logger.warn({ job: job.id, kind, attempts }, 'job failed, will retry');
      await store.transaction((tx) =>
        tx.updateJob(job.id, {
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          attempts,
          runAfter: new Date(clock.now().getTime() + delayMs).toISOString(),
          lastError: message.slice(0, 500),
        }),
      );
    }
  }

  function tick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = runDue()
      .catch((error: unknown) => logger.error({ err: error, kind }, 'job worker failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void tick();
        }
      });
    return running;
  }

  return {
    start() {
      if (timer) return;
      recovered = store.recoverJobs().then(() => undefined);
      void recovered.then(() => tick());
      timer = setInterval(() => void tick(), options.pollMs ?? 1000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    kick() {
      void tick();
    },
    async drain() {
      await recovered;
      while (running) await running;
      await tick();
      while (running) await running;
    },
  };
}

/** Several workers (one per job kind) started, stopped, kicked and drained as one. */
export function combineWorkers(workers: readonly JobWorker[]): JobWorker {
  return {
    start: () => workers.forEach((worker) => worker.start()),
    async stop() {
      await Promise.all(workers.map((worker) => worker.stop()));
    },
    kick: () => workers.forEach((worker) => worker.kick()),
    async drain() {
      // A job of one kind may enqueue another (settled scan → identity check): drain until quiet.
      for (let round = 0; round < 3; round += 1) {
        for (const worker of workers) await worker.drain();
      }
    },
  };
}
