import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_VERSION,
  clearSnapshots,
  readSnapshot,
  snapshotKey,
  writeSnapshot,
  type FamilySnapshot,
} from './family-snapshot.ts';

/** localStorage's contract over a map, keys in insertion order. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const anna = { id: 'acc-anna', familyId: 'fam-1' };
const boris = { id: 'acc-boris', familyId: 'fam-2' };

function snapshotOf(owner: { id: string; familyId: string }, name: string): FamilySnapshot {
  return {
    v: SNAPSHOT_VERSION,
    accountId: owner.id,
    familyId: owner.familyId,
    children: [{ id: 'c1', name, status: 'verified', linked: false }],
    applications: [],
    notes: [],
    unread: 1,
    identity: 'none',
    pending: 0,
  };
}

describe('family screen snapshot', () => {
  it('is read back for the account it was written for', () => {
    const storage = memoryStorage();
    writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна'));
    expect(readSnapshot(storage, anna)?.children[0]?.name).toBe('Иванова Анна');
  });

  it("never shows another account's screen, even under its key", () => {
    const storage = memoryStorage();
    writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна'));
    expect(readSnapshot(storage, boris)).toBeNull();
    // A snapshot copied under another account's key still names its own account.
    storage.setItem(snapshotKey(boris.id), storage.getItem(snapshotKey(anna.id))!);
    expect(readSnapshot(storage, boris)).toBeNull();
  });

  it('is not shown once the account moved to another family', () => {
    const storage = memoryStorage();
    writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна'));
    expect(readSnapshot(storage, { ...anna, familyId: 'fam-3' })).toBeNull();
  });

  it('is written when the screen changed, and only then', () => {
    const storage = memoryStorage();
    expect(writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна'))).toBe(true);
    expect(writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна'))).toBe(false);
    expect(writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна Петровна'))).toBe(true);
    expect(readSnapshot(storage, anna)?.children[0]?.name).toBe('Иванова Анна Петровна');
  });

  it("is cleared on sign-out, every account's, and nothing else", () => {
    const storage = memoryStorage();
    storage.setItem('rodnik.session', '{}');
    writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна'));
    writeSnapshot(storage, snapshotOf(boris, 'Петров Борис'));
    clearSnapshots(storage);
    expect(readSnapshot(storage, anna)).toBeNull();
    expect(readSnapshot(storage, boris)).toBeNull();
    expect([...storage.map.keys()]).toEqual(['rodnik.session']);
  });

  it('ignores what it cannot read: broken JSON, another version, another shape', () => {
    const storage = memoryStorage();
    const key = snapshotKey(anna.id);
    storage.setItem(key, '{not json');
    expect(readSnapshot(storage, anna)).toBeNull();
    storage.setItem(key, JSON.stringify({ ...snapshotOf(anna, 'А'), v: SNAPSHOT_VERSION + 1 }));
    expect(readSnapshot(storage, anna)).toBeNull();
    storage.setItem(key, JSON.stringify({ ...snapshotOf(anna, 'А'), children: 'Анна' }));
    expect(readSnapshot(storage, anna)).toBeNull();
  });

  it('is dropped, not half-written, when storage is full', () => {
    const storage = memoryStorage();
    writeSnapshot(storage, snapshotOf(anna, 'Иванова Анна'));
    const full = {
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeSnapshot(full, snapshotOf(anna, 'Иванова Анна Петровна'))).toBe(false);
    expect(readSnapshot(storage, anna)).toBeNull();
  });
});
