import { getContext, setContext } from 'svelte';
import type { FamilyApp } from './app/family-app.ts';
import type { FamilySnapshot } from './snapshot/family-snapshot.ts';
import type { SyncStatus } from './app/sync-status.svelte.ts';
import type { I18n } from './i18n/i18n.svelte.ts';
import type { Session } from './session/session.svelte.ts';
import type { UnsavedInput } from './pwa/unsaved-input.svelte.ts';

/** Typed contexts: one key each, set by a layout, read by the screens below it. */
function context<T>(name: string) {
  const key = Symbol(name);
  return {
    set: (value: T): T => setContext(key, value),
    get: (): T => {
      const value = getContext<T | undefined>(key);
      if (value === undefined) throw new Error(`${name} context is missing`);
      return value;
    },
  };
}

export const i18nContext = context<I18n>('i18n');
export const sessionContext = context<Session>('session');
export const unsavedContext = context<UnsavedInput>('unsaved-input');

/** The signed-in part: filled once the family chunk has loaded and the database opened. */
export interface FamilyHolder {
  readonly app: FamilyApp | null;
  /** The home screen's rows: the last snapshot until the database has been read, then live. */
  readonly home: FamilySnapshot | null;
  /** Whether `home` has been read from the database yet (else it is the kept snapshot). */
  readonly homeIsLive: boolean;
  /** The database, opened now if it was not yet (the home screen opens it when idle). */
  whenApp(): Promise<FamilyApp>;
  readonly status: SyncStatus;
  readonly error: string | null;
  /**
   * Asks the server who the account is now (family, role, child) and, when
   * its family changed (linked, joined, left), starts this device over on the
   * new family. Online only; offline it keeps what it has.
   */
  refreshAccount(): Promise<void>;
}
export const familyContext = context<FamilyHolder>('family');
