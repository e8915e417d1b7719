import { describe, expect, it } from 'vitest';
import { PendingChanges } from './pending-changes.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('PendingChanges', () => {
  it('counts each document once and survives a reload', () => {
    const storage = memoryStorage();
    const pending = new PendingChanges(storage, 'p');
    const seen: number[] = [];
    pending.subscribe((n) => seen.push(n));
    pending.mark('children', 'a');
    pending.mark('children', 'a');
    pending.mark('notifications', 'a');
    expect(pending.count).toBe(2);
    expect(new PendingChanges(storage, 'p').count).toBe(2);
    pending.clear('children', 'a');
    expect(pending.has('children', 'a')).toBe(false);
    expect(seen).toEqual([0, 1, 2, 1]);
  });

  it('reads a damaged entry as empty', () => {
    const storage = memoryStorage();
    storage.setItem('p', '{not json');
    expect(new PendingChanges(storage, 'p').count).toBe(0);
  });
});
