import type { RxDatabase } from 'rxdb';

/**
 * One tab of a browser replicates and sends scans (RxDB's `waitForLeadership`),
 * decided by a Web Lock held for as long as the tab keeps the database open.
 *
 * RxDB's own leader election (broadcast-channel) also registers `beforeunload`
 * and `unload` listeners (the `unload` package) to give up leadership as the
 * page goes away. A Web Lock is released by the browser itself when the page
 * goes, so those listeners add nothing here — and an `unload` listener is
 * deprecated and keeps the page out of the back/forward cache (issue 14).
 * Where Web Locks are missing (Node, old browsers) RxDB's election stays.
 */
export function webLocksAvailable(): boolean {
  return typeof webLocks()?.request === 'function';
}

/** The Web Locks API's part used here (this package builds without the DOM's types). */
interface LockManager {
  request(
    name: string,
    options: { signal: AbortSignal },
    callback: () => Promise<void> | void,
  ): Promise<unknown>;
}

function webLocks(): LockManager | undefined {
  return (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
}

class WebLockElector {
  isLeader = false;
  isDead = false;
  private readonly stop = new AbortController();
  private release: (() => void) | null = null;
  private leading: Promise<void> | null = null;

  constructor(private readonly lockName: string) {}

  awaitLeadership(): Promise<void> {
    this.leading ??= new Promise<void>((resolve) => {
      webLocks()!
        .request(this.lockName, { signal: this.stop.signal }, () => {
          if (this.isDead) return;
          this.isLeader = true;
          resolve();
          // Held until die(): the browser frees it with the page.
          return new Promise<void>((done) => (this.release = done));
        })
        // Aborted by die() before the lock came: this tab never leads.
        .catch(() => undefined);
    });
    return this.leading;
  }

  async die(): Promise<void> {
    this.isDead = true;
    this.isLeader = false;
    this.stop.abort();
    this.release?.();
  }
}

/**
 * Gives this database RxDB's leader-election surface (`isLeader`,
 * `waitForLeadership`, `leaderElector`) over a Web Lock, as its own
 * properties: `replicateRxCollection` adds RxDB's plugin to the prototype
 * whatever we do, so the instance's own methods are what stays ours. The lock
 * is let go after the database closed, as RxDB's plugin does, so another tab
 * never starts on a half-closed one. (A schema migration still elects its
 * leader with broadcast-channel, for as long as it runs.)
 */
export function leadByWebLock(db: Pick<RxDatabase, 'close' | 'storage' | 'name'>): void {
  const elector = new WebLockElector(`rodnik-leader||${db.storage.name}||${db.name}`);
  const close = db.close.bind(db);
  Object.assign(db, {
    leaderElector: () => elector,
    isLeader: () => elector.isLeader,
    waitForLeadership: () => elector.awaitLeadership().then(() => true),
    close: async () => {
      const closed = await close();
      await elector.die();
      return closed;
    },
  });
}
