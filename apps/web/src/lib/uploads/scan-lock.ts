/**
 * One sender per scan: the page and the service worker each take the scan's
 * Web Lock before sending it, and whoever finds it taken leaves the scan to
 * the other (the server would cope with two, but the bytes would go twice).
 */

export const BUSY = Symbol('busy');

export type ScanLock = <T>(documentId: string, work: () => Promise<T>) => Promise<T | typeof BUSY>;

export function scanLockName(documentId: string): string {
  return `rodnik-upload:${documentId}`;
}

/** Web Locks where the browser has them (page and worker alike); no lock otherwise. */
export function webScanLock(
  locks: LockManager | undefined = globalThis.navigator?.locks,
): ScanLock {
  if (!locks) return (_documentId, work) => work();
  return (documentId, work) =>
    locks.request(scanLockName(documentId), { ifAvailable: true }, (lock) =>
      lock ? work() : BUSY,
    ) as Promise<Awaited<ReturnType<typeof work>> | typeof BUSY>;
}

/** An in-memory lock with the same rule, for tests. */
export function memoryScanLock(): ScanLock & { held: Set<string> } {
  const held = new Set<string>();
  const lock = (async <T>(documentId: string, work: () => Promise<T>) => {
    if (held.has(documentId)) return BUSY;
    held.add(documentId);
    try {
      return await work();
    } finally {
      held.delete(documentId);
    }
  }) as ScanLock & { held: Set<string> };
  lock.held = held;
  return lock;
}
