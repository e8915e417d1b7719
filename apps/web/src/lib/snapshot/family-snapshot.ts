import type { ShownApplicationStatus } from '../applications/application-view.ts';
import type { ShownStatus } from '../child-card/card-form.ts';
import type { ShownIdentity } from '../identity/passport-form.ts';

/**
 * The family screen as last shown (issue 14): a few rows kept in localStorage so
 * the next start paints the screen at once, before RxDB and the domain's schemas
 * load. It holds exactly what the screen shows — names, statuses, titles and the
 * counts — and nothing else; it is the same device storage as the database.
 * Read only for the account (and family) it was written for; cleared on sign-out.
 * This module imports nothing that runs: it is part of the first paint.
 */

export interface Localized {
  ru: string;
  en: string;
}

export interface ChildRow {
  id: string;
  /** Surname, given name, patronymic; empty for a card not yet named. */
  name: string;
  status: ShownStatus;
  linked: boolean;
}

export interface ApplicationRow {
  id: string;
  title: Localized;
  childName: string;
  requestNumber: string | null;
  status: ShownApplicationStatus;
}

export interface NoteRow {
  id: string;
  title: Localized;
  body: Localized;
}

export interface FamilySnapshot {
  v: typeof SNAPSHOT_VERSION;
  accountId: string;
  familyId: string;
  children: ChildRow[];
  applications: ApplicationRow[];
  /** The latest notifications the screen lists. */
  notes: NoteRow[];
  unread: number;
  identity: ShownIdentity;
  /** Changes on the device not yet sent (the status bar's count). */
  pending: number;
}

/** Bumped when the shape changes: an older snapshot is ignored, never misread. */
export const SNAPSHOT_VERSION = 1;
const PREFIX = 'rodnik.snapshot.';

type SnapshotStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The account whose screen is asked for: its id and the family it is in now. */
export interface SnapshotOwner {
  id: string;
  familyId: string;
}

export function snapshotKey(accountId: string): string {
  return `${PREFIX}${accountId}`;
}

/**
 * The snapshot written for this account in its current family, or null: none
 * yet, another shape, or written for another account or family (an account that
 * moved family shows nothing of the old one).
 */
export function readSnapshot(
  storage: SnapshotStorage,
  owner: SnapshotOwner,
): FamilySnapshot | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(snapshotKey(owner.id)) ?? 'null');
  } catch {
    return null;
  }
  if (!isSnapshot(parsed)) return null;
  if (parsed.accountId !== owner.id || parsed.familyId !== owner.familyId) return null;
  return parsed;
}

/** Keeps the snapshot; writes only when it changed. Returns whether it wrote. */
export function writeSnapshot(storage: SnapshotStorage, snapshot: FamilySnapshot): boolean {
  const key = snapshotKey(snapshot.accountId);
  const text = JSON.stringify(snapshot);
  if (storage.getItem(key) === text) return false;
  try {
    storage.setItem(key, text);
  } catch {
    // Storage full: the next start paints from the database, as before snapshots.
    storage.removeItem(key);
    return false;
  }
  return true;
}

/** Sign-out: no account's screen stays on the device. */
export function clearSnapshots(storage: SnapshotStorage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

function isSnapshot(value: unknown): value is FamilySnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<FamilySnapshot>;
  return (
    s.v === SNAPSHOT_VERSION &&
    typeof s.accountId === 'string' &&
    typeof s.familyId === 'string' &&
    Array.isArray(s.children) &&
    Array.isArray(s.applications) &&
    Array.isArray(s.notes) &&
    typeof s.unread === 'number' &&
    typeof s.identity === 'string' &&
    typeof s.pending === 'number'
  );
}
