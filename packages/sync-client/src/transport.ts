import { API_BASE, API_VERSION, PROTOCOL_HEADER } from '@rodnik/domain';
import { failureFrom } from './api-failure.ts';

const PROTOCOL_VERSION = String(API_VERSION);

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

export interface Transport {
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  /** Opens the SSE stream; the caller reads `body`. */
  openStream(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
}

export function createTransport(options: TransportOptions): Transport {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = `${options.baseUrl ?? ''}${API_BASE}`;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;

  function headers(json: boolean): Record<string, string> {
    const token = options.token();
    if (!token) throw new AuthFailure('unauthorized');
    return {
      authorization: `Bearer ${token}`,
      [PROTOCOL_HEADER]: PROTOCOL_VERSION,
      ...(json ? { 'content-type': 'application/json' } : {}),
    };
  }

  async function send(path: string, init: RequestInit): Promise<Response> {
    if (!options.isOnline()) throw new OfflineFailure();
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, init);
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') throw error;
      throw new OfflineFailure(error);
    }
    if (response.status === 401) {
      const failure = failureFrom(401, await response.json().catch(() => null));
      throw new AuthFailure(failure.code);
    }
    if (response.status === 426) throw new OutdatedFailure();
    if (!response.ok) {
      throw failureFrom(response.status, await response.json().catch(() => null));
    }
    return response;
  }

  return {
    async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      const response = await send(path, {
        method,
        headers: headers(body !== undefined),
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      try {
        return (await response.json()) as T;
      } catch (error) {
        // The answer stopped halfway (cut or timed out): as good as no answer.
        const name = (error as { name?: string }).name;
        if (name === 'AbortError' || name === 'TimeoutError' || error instanceof TypeError) {
          throw new OfflineFailure(error);
        }
        throw error;
      }
    },
    async openStream(signal) {
      const response = await send('/sync/stream', { headers: headers(false), signal });
      if (!response.body) throw new OfflineFailure('no stream body');
      return response.body;
    },
  };
}
