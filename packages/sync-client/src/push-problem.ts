import { ApiFailure } from './api/api-failure.ts';
import { AuthFailure, OfflineFailure, OutdatedFailure } from './transport.ts';

/**
 * Why changes wait: what the last push attempt met, for the status bar
 * («2 изменения ждут отправки: сервер недоступен»). `offline` is the device's
 * own network; `unreachable` is a network that is up but the server did not
 * answer (cut, stalled, restarting); `server-error` a 5xx; `refused` a 4xx
 * with the server's code; `signed-out` a 401; `outdated` a 426.
 */
export type PushProblem =
  | { kind: 'offline' }
  | { kind: 'unreachable' }
  | { kind: 'server-error'; status: number }
  | { kind: 'refused'; code: string }
  | { kind: 'signed-out' }
  | { kind: 'outdated' };

export function pushProblemOf(error: unknown, online: boolean): PushProblem {
  if (error instanceof AuthFailure) return { kind: 'signed-out' };
  if (error instanceof OutdatedFailure) return { kind: 'outdated' };
  if (error instanceof ApiFailure) {
    return error.status >= 500
      ? { kind: 'server-error', status: error.status }
      : { kind: 'refused', code: error.code };
  }
  if (error instanceof OfflineFailure || !online)
    return { kind: online ? 'unreachable' : 'offline' };
  // An answer that does not parse is the server misbehaving, not the link.
  return { kind: 'server-error', status: 0 };
}
