import type { Draft } from './card-form.ts';

/**
 * Changes to a verified card wait on this device until «Отправить изменения на
 * проверку»: the server takes a verified card's data only with a new
 * submission (children-rules.ts), so a change saved into the replicated card
 * would come straight back refused. They are kept in `localStorage` so a
 * reload loses nothing, and dropped once sent or discarded.
 */
const key = (cardId: string) => `rodnik:verified-card-edit:${cardId}`;

export interface EditStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const storage = (): EditStore | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function loadVerifiedEdit(cardId: string, store = storage()): Draft | null {
  const raw = store?.getItem(key(cardId));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Draft) : null;
  } catch {
    return null;
  }
}

export function saveVerifiedEdit(cardId: string, draft: Draft, store = storage()): void {
  try {
    store?.setItem(key(cardId), JSON.stringify(draft));
  } catch {
    // A full storage keeps the edit in memory only; the form still holds it.
  }
}

export function clearVerifiedEdit(cardId: string, store = storage()): void {
  store?.removeItem(key(cardId));
}
