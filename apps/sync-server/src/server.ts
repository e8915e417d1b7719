import { randomBytes } from 'node:crypto';
import { uuidv7 } from '@rodnik/domain';
import pino, { type Logger } from 'pino';
import { createApp } from './app.ts';
import { scryptPasswords, type PasswordHasher } from './auth/password-hasher.ts';
import type { AppConfig } from './config.ts';
import { systemClock, type Clock, type Deps } from './deps.ts';
import { routeByChannel, type Notifier } from './notifier/notifier.ts';
import { outboxNotifier } from './notifier/outbox-notifier.ts';
import { smsWebhookNotifier } from './notifier/sms-webhook-notifier.ts';
import { smtpNotifier } from './notifier/smtp-notifier.ts';
import { fixtureRegistry } from './registry/fixture-registry.ts';
import type { Registry } from './registry/registry.ts';
import type { Store } from './store/store.ts';
import { createEventBus } from './sync/event-bus.ts';
import { VERIFY_CHILD_JOB } from './sync/apply-push.ts';
import { APPLICATION_ARRIVAL_JOB } from './applications/arrival-job.ts';
import {
  applicationsDocumentListener,
  type ApplicationsDocumentListener,
} from './applications/document-listener.ts';
import { processArrival } from './applications/process-arrival.ts';
import { FAMILY_NOTIFY_JOB, notifyFamily } from './notifier/family-notify.ts';
import { fixturePayments } from './payments/fixture-payments.ts';
import { APPLICATION_PAYMENT_JOB, openPayment } from './payments/payment-job.ts';
import type { Payments } from './payments/payments.ts';
import { keyLock } from './blobs/key-lock.ts';
import { releaseBlob, RELEASE_BLOB_JOB } from './blobs/release-blob.ts';
import { combineWorkers, type JobWorker } from './verification/job-worker.ts';
import { jobWorker } from './jobs/job-registry.ts';
import { join, resolve } from 'node:path';
import { fsBlobStore } from './blobs/fs-blob-store.ts';
import { VERIFY_IDENTITY_JOB } from './identity/member-push.ts';
import { identityScanListener, verifyIdentity } from './identity/verify-identity.ts';
import {
  DOCUMENT_SETTLED_JOB,
  runDocumentSettled,
  type DocumentSettledListener,
} from './uploads/document-settled.ts';
import { outboxPruner } from './maintenance/outbox-pruner.ts';
import { slotHoldPruner } from './maintenance/slot-hold-pruner.ts';
import { softDeletionPurger } from './maintenance/soft-deletion-purge.ts';
import { diaryRefresher, fetchDiary, SCHOOL_DIARY_FETCH_JOB } from './school-diary/diary-fetch.ts';
import { fixtureSchoolDiary } from './school-diary/fixture-school-diary.ts';
import type { SchoolDiary } from './school-diary/school-diary.ts';
import { stagingSweeper } from './uploads/staging-sweeper.ts';
import { stagedUploads, UPLOAD_EXPIRY_MS, uploadStaging } from './uploads/upload-routes.ts';
import { verifyChildCard } from './verification/verify-child-card.ts';

export interface ServerParts {
  config: AppConfig;
  store: Store;
  secret: Uint8Array;
  clock?: Clock;
  logger?: Logger;
  registry?: Registry;
  notifier?: Notifier;
  /** Payouts and charges after an approval; the fixture adapter (no real money) by default. */
  payments?: Payments;
  /** The school registry's electronic diary; the fixture adapter by default. */
  schoolDiary?: SchoolDiary;
  /** Production's scrypt cost unless a test brings a cheap one (`test-support/cheap-passwords.ts`). */
  passwords?: PasswordHasher;
}

/** A logger that never writes personal data, even if a caller slips. */
export function createLogger(level: AppConfig['LOG_LEVEL']): Logger {
  return pino({
    level,
    redact: {
      paths: [
        '*.phone',
        '*.email',
        '*.password',
        '*.token',
        '*.code',
        '*.to',
        '*.text',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}

/** Wires the app, the verification worker and the live-event bus around a store. */
export function buildServer(parts: ServerParts): {
  app: ReturnType<typeof createApp>;
  deps: Deps;
  /** Every stored-job worker (verification, identity, settled and released scans, uploads sweeper, application arrival) as one. */
  worker: JobWorker;
  /** Re-checks applications waiting for a document once it is accepted or rejected. */
  applicationsDocumentListener: ApplicationsDocumentListener;
} {
  const clock = parts.clock ?? systemClock;
  const logger = parts.logger ?? createLogger(parts.config.LOG_LEVEL);
  const newId = () => uuidv7(clock.now().getTime(), randomBytes(10));
  const outbox = outboxNotifier({ store: parts.store, clock, logger, newId });
  const notifier =
    parts.notifier ??
    routeByChannel({
      sms: parts.config.SMS_WEBHOOK_URL ? smsWebhookNotifier(parts.config.SMS_WEBHOOK_URL) : outbox,
      email: parts.config.SMTP_URL
        ? smtpNotifier(parts.config.SMTP_URL, parts.config.SMTP_FROM)
        : outbox,
    });
  const registry = parts.registry ?? fixtureRegistry(parts.config.REGISTRY_MODE);
  const events = createEventBus();
  parts.store.onCommit((changes) => events.publish(changes));
  parts.store.onMissedChanges(() => events.publishResync());

  const verifyChildren = jobWorker({
    kind: VERIFY_CHILD_JOB,
    store: parts.store,
    clock,
    logger,
    handle: (job) => verifyChildCard({ store: parts.store, registry, clock, newId }, job),
  });
  const identityDeps = { store: parts.store, registry, clock, newId, secret: parts.secret };
  const verifyIdentities = jobWorker({
    kind: VERIFY_IDENTITY_JOB,
    store: parts.store,
    clock,
    logger,
    handle: (job) => verifyIdentity(identityDeps, job),
  });
  // Others (applications) add theirs to this list when they are wired.
  const documentSettledListeners: DocumentSettledListener[] = [identityScanListener(identityDeps)];
  const settledDocuments = jobWorker({
    kind: DOCUMENT_SETTLED_JOB,
    store: parts.store,
    clock,
    logger,
    handle: (job) => runDocumentSettled(documentSettledListeners, job.documentId, logger),
  });
  const dataDir = resolve(parts.config.DATA_DIR);

  const blobs = fsBlobStore(join(dataDir, 'blobs'));
  const blobLocks = keyLock();
  const releasedBlobs = jobWorker({
    kind: RELEASE_BLOB_JOB,
    store: parts.store,
    clock,
    logger,
    handle: async (job) => {
      await releaseBlob({ store: parts.store, blobs, blobLocks, logger }, job);
    },
  });
  const arrivals = jobWorker({
    kind: APPLICATION_ARRIVAL_JOB,
    store: parts.store,
    clock,
    logger,
    handle: (job) => processArrival({ store: parts.store, clock, newId }, job),
  });
  // Status changes and decisions reach the family by SMS and e-mail (issue 13).
  const familyNotices = jobWorker({
    kind: FAMILY_NOTIFY_JOB,
    store: parts.store,
    clock,
    logger,
    handle: (job) => notifyFamily({ store: parts.store, clock, notifier, logger }, job),
  });
  const payments = parts.payments ?? fixturePayments();
  const paymentsOpened = jobWorker({
    kind: APPLICATION_PAYMENT_JOB,
    store: parts.store,
    clock,
    logger,
    handle: (job) => openPayment({ store: parts.store, clock, payments }, job),
  });
  const schoolDiary = parts.schoolDiary ?? fixtureSchoolDiary();
  const diaryReads = jobWorker({
    kind: SCHOOL_DIARY_FETCH_JOB,
    store: parts.store,
    clock,
    logger,
    handle: (job) => fetchDiary({ store: parts.store, clock, schoolDiary }, job),
  });
  const deps: Deps = {
    store: parts.store,
    clock,
    randomBytes: (size) => randomBytes(size),
    passwords: parts.passwords ?? scryptPasswords,
    secret: parts.secret,
    notifier,
    registry,
    events,
    logger,
    config: parts.config,
    kickVerification: () => worker.kick(),
    kickApplications: () => arrivals.kick(),
    blobs,
    blobLocks,
    uploadStaging: uploadStaging(dataDir),
    documentSettledListeners,
  };
  const staged = stagedUploads(deps);
  const sweeper = stagingSweeper({
    staging: deps.uploadStaging,
    store: parts.store,
    clock,
    logger,
    expiryMs: UPLOAD_EXPIRY_MS,
    async settleStaged(upload, actor) {
      await staged.settle(upload, actor);
      await staged.drop(upload.id);
    },
    dropStaged: staged.drop,
  });
  // Applications waiting for a scan move on when it settles.
  const applicationsListener = applicationsDocumentListener({
    store: parts.store,
    clock,
    newId,
    kickApplications: deps.kickApplications,
  });
  documentSettledListeners.push(applicationsListener);
  const worker = combineWorkers([
    verifyChildren,
    verifyIdentities,
    settledDocuments,
    releasedBlobs,
    sweeper,
    arrivals,
    familyNotices,
    paymentsOpened,
    diaryReads,
    diaryRefresher({ store: parts.store, clock, logger, newId, kickJobs: () => worker.kick() }),
    outboxPruner({ store: parts.store, clock, logger }),
    slotHoldPruner({ store: parts.store, clock, logger }),
    // A purged card's scans are released by the workers above.
    softDeletionPurger({ store: parts.store, clock, logger, newId, kickJobs: () => worker.kick() }),
  ]);
  return { app: createApp(deps), deps, worker, applicationsDocumentListener: applicationsListener };
}
