import { API_VERSION, PROTOCOL_HEADER } from '@rodnik/domain';
import createClient, { type Client } from 'openapi-fetch';
import { ApiFailure, NetworkFailure, failureFrom } from './api-failure.ts';
import type { paths } from './generated/api.d.ts';

/**
 * The one client of the sync server's HTTP API: openapi-fetch typed by the
 * `paths` that `npm run generate:api` generates from the served OpenAPI
 * document, so every path, parameter, body and answer is the server's own.
 * It imports nothing heavy: the sign-in screen's whole budget is 100 KiB of
 * compressed JavaScript (DESIGN §7).
 */

export type ApiClient = Client<paths>;
export const PROTOCOL_VERSION = String(API_VERSION);

export interface ApiClientOptions {
  /** Called like the global `fetch(url, init)` (tests and benchmarks put a link in between). */
  fetch?: typeof fetch;
  /** Origin of the server; empty means the page's own (a browser resolves it, Node needs one). */
  baseUrl?: string;
  /** The session token; sent only in the Authorization header, never in a URL. */
  token?: () => string | null;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    async fetch(request) {
      const body = request.body === null ? undefined : await request.text();
      try {
        return await doFetch(request.url, {
          method: request.method,
          headers: request.headers,
          body,
          signal: request.signal,
        });
      } catch (error) {
        // A request someone stopped on purpose stays an abort; anything else never arrived.
        if (nameOf(error) === 'AbortError') throw error;
        throw new NetworkFailure(error);
      }
    },
  });
  client.use({
    onRequest({ request }) {
      request.headers.set(PROTOCOL_HEADER, PROTOCOL_VERSION);
      const token = options.token?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
}

/**
 * A call's answer, or its failure thrown: `ApiFailure` for a 4xx/5xx in the
 * one error shape, `NetworkFailure` when the request or its answer never
 * arrived whole (offline, cut, timed out).
 */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await call;
  } catch (error) {
    if (error instanceof NetworkFailure || error instanceof ApiFailure) throw error;
    // The answer stopped halfway (cut or timed out): as good as no answer.
    const name = nameOf(error);
    if (name === 'AbortError' || name === 'TimeoutError' || error instanceof TypeError) {
      throw new NetworkFailure(error);
    }
    throw error;
  }
  if (!answer.response.ok) throw failureFrom(answer.response.status, answer.error);
  // A 2xx answer is the documented body (openapi-fetch parsed it).
  return answer.data as T;
}

function nameOf(error: unknown): string | undefined {
  return error instanceof Error || error instanceof DOMException ? error.name : undefined;
}
