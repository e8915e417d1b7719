import { createApiClient, ok } from '../api/api-client.ts';
import type { ClinicSlots } from './appointment-view.ts';

/**
 * The polyclinics' schedules on the phone (docs/decisions.md, «The schedule directory is
 * fetched and kept, not replicated»): each fetch online replaces the kept copy in IndexedDB,
 * a database of its own per account, so the booking screen picks a slot with no connection.
 * The copy only guides the choice: the server holds the slot when the send arrives.
 */

const STORE = 'clinics';

export function scheduleDatabaseName(accountId: string): string {
  return `rodnik-schedule-${accountId.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function open(accountId: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(scheduleDatabaseName(accountId), 1);
  opening.onupgradeneeded = () => {
    if (!opening.result.objectStoreNames.contains(STORE)) {
      opening.result.createObjectStore(STORE, { keyPath: 'clinicId' });
    }
  };
  const db = await request(opening);
  db.onversionchange = () => db.close();
  return db;
}

export async function readKeptSchedule(
  accountId: string,
  clinicId: string,
): Promise<ClinicSlots | null> {
  const db = await open(accountId);
  try {
    const kept = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(clinicId));
    return (kept as ClinicSlots | undefined) ?? null;
  } finally {
    db.close();
  }
}

async function keep(accountId: string, slots: ClinicSlots): Promise<void> {
  const db = await open(accountId);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(slots);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/**
 * Fetches the polyclinic's schedule (`GET /family/schedule/{clinicId}`, through the generated
 * client) and keeps it; null when there is no connection or the server said no (the kept
 * copy, if any, stays what the screen shows).
 */
export async function refreshSchedule(
  deps: { accountId: string; token: string | null; fetch?: typeof fetch },
  clinicId: string,
): Promise<ClinicSlots | null> {
  if (!deps.token) return null;
  const api = createApiClient({ token: () => deps.token, fetch: deps.fetch });
  try {
    const slots = await ok(
      api.GET('/api/v1/family/schedule/{clinicId}', { params: { path: { clinicId } } }),
    );
    await keep(deps.accountId, slots);
    return slots;
  } catch {
    return null;
  }
}
