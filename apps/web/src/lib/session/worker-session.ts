import type { SessionInfo } from '../api/api-client.ts';
import { indexedDbWorkerState, type WorkerState } from '../uploads/background/worker-state.ts';

/**
 * A copy of the session for the service worker (which cannot read
 * localStorage), so it can finish uploads after the app is closed: only the
 * token and the account id, written on sign-in, cleared on sign-out and when
 * the server says the session is over.
 */
export interface SessionMirror {
  save(info: SessionInfo): void;
  /** The session ended (401): the worker stops sending. */
  expire(): void;
  /** Signed out: nothing of this account is sent in the background any more. */
  clear(): void;
}

export function workerSessionMirror(
  state: () => WorkerState | null = defaultState,
  onError: (error: unknown) => void = () => undefined,
): SessionMirror {
  // One write at a time, in call order: a sign-out never lands after the next sign-in.
  let chain: Promise<unknown> = Promise.resolve();
  const queue = (write: (s: WorkerState) => Promise<unknown>) => {
    const s = state();
    if (!s) return;
    chain = chain.then(() => write(s)).catch(onError);
  };
  return {
    save: (info) =>
      queue((s) =>
        // Only family members upload scans; an operator's token stays out of the worker's reach.
        info.account.role !== 'operator' && info.account.familyId
          ? s.saveSession({ token: info.token, accountId: info.account.id })
          : s.clearSession(),
      ),
    expire: () => queue((s) => s.clearSession()),
    clear: () =>
      queue(async (s) => {
        await s.clearSession();
        await s.savePending([]);
      }),
  };
}

/** No IndexedDB (a private window that refuses it, an old browser): nothing to mirror. */
function defaultState(): WorkerState | null {
  return typeof indexedDB === 'undefined' ? null : indexedDbWorkerState();
}
