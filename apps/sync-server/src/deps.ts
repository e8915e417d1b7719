import type { FileStore } from '@tus/file-store';
import type { Logger } from 'pino';
import type { BlobStore } from './blobs/blob-store.ts';
import type { KeyLock } from './blobs/key-lock.ts';
import type { PasswordHasher } from './auth/password-hasher.ts';
import type { AppConfig } from './config.ts';
import type { Notifier } from './notifier/notifier.ts';
import type { Registry } from './registry/registry.ts';
import type { Schedule } from './schedule/schedule.ts';
import type { Store } from './store/store.ts';
import type { EventBus } from './sync/event-bus.ts';
import type { DocumentSettledListener } from './uploads/document-settled.ts';

export interface Clock {
  now(): Date;
}

/** Everything the app needs from the outside world, injected so tests own it. */
export interface Deps {
  store: Store;
  clock: Clock;
  /** Cryptographically strong random bytes. */
  randomBytes(size: number): Uint8Array;
  /** Keys the hashes of one-time codes, so a stolen table cannot be brute-forced offline. */
  secret: Uint8Array;
  /** Password hashing; scrypt (`auth/passwords.ts`) when absent. */
  passwords?: PasswordHasher;
  notifier: Notifier;
  registry: Registry;
  /** The polyclinics' schedule directory; the fixture adapter when absent. */
  schedule?: Schedule;
  events: EventBus;
  logger: Logger;
  config: AppConfig;
  /** Wakes the job workers (verification, settled scans, identity) after a job is stored. */
  kickVerification(): void;
  /** Wakes the application arrival worker after a send commits. */
  kickApplications(): void;
  /** Accepted scans' bytes (`DATA_DIR/blobs`). */
  blobs: BlobStore;
  /** One holder at a time per blob: storing accepted bytes and releasing deleted ones. */
  blobLocks: KeyLock;
  /** Unfinished tus uploads (`DATA_DIR/uploads`). */
  uploadStaging: FileStore;
  /** Called (from a stored job) whenever a scan is accepted or rejected. */
  documentSettledListeners: DocumentSettledListener[];
}

export const systemClock: Clock = { now: () => new Date() };
