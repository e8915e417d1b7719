import type { Logger } from 'pino';
import type { AppConfig } from './config.ts';
import type { Notifier } from './notifier/notifier.ts';
import type { Registry } from './registry/registry.ts';
import type { Store } from './store/store.ts';
import type { EventBus } from './sync/event-bus.ts';

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
  notifier: Notifier;
  registry: Registry;
  events: EventBus;
  logger: Logger;
  config: AppConfig;
  /** Wakes the verification worker after a submission commits. */
  kickVerification(): void;
  /** Wakes the application arrival worker after a send commits. */
  kickApplications(): void;
}

export const systemClock: Clock = { now: () => new Date() };
