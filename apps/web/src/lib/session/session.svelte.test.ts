import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../api/api-client.ts';
import { Session } from './session.svelte.ts';
import { readSession } from './read-session.ts';
import { workerSessionMirror } from './worker-session.ts';
import { memoryWorkerState } from '../uploads/background/worker-state.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const info: SessionInfo = {
  token: 'tok',
  expiresAt: '2026-12-24T09:00:00.000Z',
  account: {
    id: 'acc',
    familyId: 'fam',
    role: 'parent',
    surname: 'Иванова',
    givenName: 'Елена',
    patronymic: null,
    phone: '+79123456789',
    phoneConfirmed: true,
    email: null,
    emailConfirmed: false,
    login: null,
    childId: null,
  },
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

  it('keeps a copy for the service worker: written on sign-in and start, cleared on 401 and sign-out', async () => {
    const storage = memoryStorage();
    const state = memoryWorkerState();
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const session = new Session(
      storage,
      workerSessionMirror(() => state),
    );
    await settle();
    expect(await state.readSession()).toBeNull();

    session.signedIn(info);
    await settle();
    expect(await state.readSession()).toEqual({ token: 'tok', accountId: 'acc' });

    session.markExpired();
    await settle();
    expect(await state.readSession()).toBeNull();

    // A session stored before the worker kept a copy: the next start writes it.
    new Session(
      storage,
      workerSessionMirror(() => state),
    );
    await settle();
    expect(await state.readSession()).toEqual({ token: 'tok', accountId: 'acc' });

    await state.savePending([{ documentId: 'd', size: 1, onServer: true }]);
    session.signOut();
    session.signedIn({ ...info, token: 'next' });
    await settle();
    // In call order: the sign-in after the sign-out wins; the old account's list is gone.
    expect(await state.readSession()).toEqual({ token: 'next', accountId: 'acc' });
    expect(await state.readPending()).toEqual([]);

    // An operator uploads nothing: the worker gets no copy of that token.
    session.signedIn({ ...info, account: { ...info.account, familyId: '', role: 'operator' } });
    await settle();
    expect(await state.readSession()).toBeNull();
  });
});
