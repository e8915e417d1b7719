import type { Account, SessionInfo } from '../api/api-client.ts';
import { readSession, SESSION_KEY } from './read-session.ts';
import type { SessionMirror } from './worker-session.ts';

const STORAGE_KEY = SESSION_KEY;

/**
 * The signed-in session, kept in localStorage so the app opens offline.
 * `expired` is set when the server answers 401: sync pauses, the person is
 * asked to sign in again, and nothing stored on the device is touched.
 * The `mirror` keeps a copy for the service worker (background uploads).
 */
export class Session {
  current = $state<SessionInfo | null>(null);
  expired = $state(false);
  readonly account: Account | null = $derived(this.current?.account ?? null);
  readonly token: string | null = $derived(this.current?.token ?? null);

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    private readonly mirror?: SessionMirror,
  ) {
    this.current = readSession(storage.getItem(STORAGE_KEY));
    // A session from before the worker kept a copy (or a copy lost with site data).
    if (this.current) mirror?.save(this.current);
  }

  signedIn(info: SessionInfo): void {
    this.current = info;
    this.expired = false;
    this.storage.setItem(STORAGE_KEY, JSON.stringify(info));
    this.mirror?.save(info);
  }

  markExpired(): void {
    this.expired = true;
    this.mirror?.expire();
  }

  signOut(): void {
    this.current = null;
    this.expired = false;
    this.storage.removeItem(STORAGE_KEY);
    this.mirror?.clear();
  }
}
