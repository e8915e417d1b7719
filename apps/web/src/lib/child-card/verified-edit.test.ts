import { describe, expect, it } from 'vitest';
import { clearVerifiedEdit, loadVerifiedEdit, saveVerifiedEdit } from './verified-edit.ts';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('changes to a verified card kept on the device', () => {
  it('keeps them per card until sent or discarded', () => {
    const store = memoryStore();
    saveVerifiedEdit('a', { surname: 'Петрова' }, store);
    expect(loadVerifiedEdit('a', store)).toEqual({ surname: 'Петрова' });
    expect(loadVerifiedEdit('b', store)).toBeNull();
    clearVerifiedEdit('a', store);
    expect(loadVerifiedEdit('a', store)).toBeNull();
  });

  it('reads a damaged entry as none', () => {
    const store = memoryStore();
    store.setItem('rodnik:verified-card-edit:a', '{');
    expect(loadVerifiedEdit('a', store)).toBeNull();
  });
});
