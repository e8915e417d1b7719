import { API_BASE, PROTOCOL_HEADER, type CollectionName } from '@rodnik/domain';
import { PROTOCOL_VERSION, createApiClient, ok, type ApiClient } from './api/api-client.ts';
import { ApiFailure, NetworkFailure, failureFrom } from './api/api-failure.ts';
import type { operations } from './api/generated/api.d.ts';

/** The device has no network (or the request never reached the server). */
export class OfflineFailure extends Error {
  constructor(cause?: unknown) {
    super('offline', { cause });
  }
}
/** 401: the session expired or was revoked; sync pauses until the person signs in again. */
export class AuthFailure extends Error {
  constructor(readonly code: string) {
    super(`unauthorized: ${code}`);
  }
}
/** 426: this app speaks an older protocol than the server; it must update first. */
export class OutdatedFailure extends Error {
  constructor() {
    super('app outdated');
  }
}

export interface TransportOptions {
  fetch?: typeof fetch;
  /** Origin of the server; empty means the page's own (Node needs one). */
  baseUrl?: string;
  /** The session token; sent only in the Authorization header, never in a URL. */
  token: () => string | null;
  isOnline: () => boolean;
  /**
   * A pull or push without an answer after this long fails like a dropped
   * connection (RxDB retries it): a stalled link must not hold sync forever.
   * The live stream has its own watchdog (`streamIdleMs`).
   */
  requestTimeoutMs?: number;
}

/** A page of a pull, as the server answers it (the sync loop parses it with the domain's schema). */
export type PullPage =
  operations['getSyncByCollectionPull']['responses'][200]['content']['application/json'];
/** The rows of a push: RxDB's `{ assumedMasterState, newDocumentState }`. */
export type PushRows =
  operations['postSyncByCollectionPush']['requestBody']['content']['application/json'];
/** The master state of every row the server did not apply. */
export type PushConflicts =
  operations['postSyncByCollectionPush']['responses'][200]['content']['application/json'];

export interface Transport {
  pull(collection: CollectionName, after: number, limit: number): Promise<PullPage>;
  push(collection: CollectionName, rows: PushRows): Promise<PushConflicts>;
  /** Opens the SSE stream; the caller reads `body`. */
  openStream(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
}

/**
 * Replication over the one generated client (`api/api-client.ts`); only the
 * live stream reads a raw response, since its body is read as it arrives.
 */
export function createTransport(options: TransportOptions): Transport {
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const api: ApiClient = createApiClient({
    fetch: doFetch,
    baseUrl: options.baseUrl,
    token: options.token,
  });

  /** Fails before the network when it cannot help: no session, or no connection. */
  function ready(): void {
    if (!options.token()) throw new AuthFailure('unauthorized');
    if (!options.isOnline()) throw new OfflineFailure();
  }

  async function answer<T>(
    call: Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<T> {
    try {
      return await ok(call);
    } catch (error) {
      throw syncFailure(error);
    }
  }

  return {
    async pull(collection, after, limit) {
      ready();
      return await answer(
        api.GET('/api/v1/sync/{collection}/pull', {
          params: { path: { collection }, query: { after, limit } },
          signal: AbortSignal.timeout(requestTimeoutMs),
        }),
      );
    },
    async push(collection, rows) {
      ready();
      return await answer(
        api.POST('/api/v1/sync/{collection}/push', {
          params: { path: { collection } },
          body: rows,
          signal: AbortSignal.timeout(requestTimeoutMs),
        }),
      );
    },
    async openStream(signal) {
      ready();
      let response: Response;
      try {
        response = await doFetch(`${options.baseUrl ?? ''}${API_BASE}/sync/stream`, {
          headers: {
            authorization: `Bearer ${options.token() ?? ''}`,
            [PROTOCOL_HEADER]: PROTOCOL_VERSION,
          },
          signal,
        });
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw error;
        throw new OfflineFailure(error);
      }
      if (!response.ok) {
        throw syncFailure(failureFrom(response.status, await response.json().catch(() => null)));
      }
      if (!response.body) throw new OfflineFailure('no stream body');
      return response.body;
    },
  };
}

/** What the sync loop acts on: 401 pauses until sign-in, 426 until an update, no answer retries. */
function syncFailure(error: unknown): unknown {
  if (error instanceof NetworkFailure) return new OfflineFailure(error.cause);
  if (error instanceof ApiFailure && error.status === 401) return new AuthFailure(error.code);
  if (error instanceof ApiFailure && error.status === 426) return new OutdatedFailure();
  return error;
}
