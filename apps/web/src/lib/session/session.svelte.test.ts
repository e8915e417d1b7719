import { describe, expect, it } from 'vitest';
import { Session } from './session.svelte.ts';
import { readSession } from './read-session.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const info = {
  token: 'tok',
  expiresAt: '2026-12-24T09:00:00.000Z',
  account: { id: 'acc', familyId: 'fam', role: 'parent', surname: 'Иванова', givenName: 'Елена' },
};

describe('Session', () => {
  it('keeps the session across reloads and forgets it on sign-out', () => {
    const storage = memoryStorage();
    new Session(storage).signedIn(info);
    const reloaded = new Session(storage);
    expect(reloaded.token).toBe('tok');
    expect(reloaded.account?.familyId).toBe('fam');
    reloaded.signOut();
    expect(new Session(storage).current).toBeNull();
  });

  it('ignores a stored value of the wrong shape', () => {
    expect(readSession('{"token":1}')).toBeNull();
    expect(readSession('not json')).toBeNull();
    expect(readSession(null)).toBeNull();
  });
});
