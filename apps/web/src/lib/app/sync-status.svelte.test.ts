import { describe, expect, it } from 'vitest';
import { SyncStatus } from './sync-status.svelte.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('SyncStatus', () => {
  it('shows first-sync progress only on a device that never synced, and keeps the last sync time', () => {
    const storage = memoryStorage();
    const first = new SyncStatus(storage, 'last');
    first.progress(0.5);
    expect(first.firstSyncProgress).toBe(0.5);
    first.synced('2026-11-24T09:00:00.000Z');
    first.progress(null);
    expect(first.firstSyncProgress).toBeNull();

    const again = new SyncStatus(storage, 'last');
    expect(again.lastSyncAt).toBe('2026-11-24T09:00:00.000Z');
    again.progress(0.5);
    expect(again.firstSyncProgress).toBeNull();
  });

  it('records a lost session and an outdated app for the banners', () => {
    const status = new SyncStatus(memoryStorage(), 'last');
    status.authExpired();
    status.outdated();
    status.online(false);
    expect([status.isAuthExpired, status.isOutdated, status.isOnline]).toEqual([true, true, false]);
  });
});
