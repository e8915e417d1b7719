import { readEventStream } from '@rodnik/sync-client';
import { API_BASE, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../api/api-client.ts';

/**
 * Follows the desk's live stream (`GET /operator/stream`, read with fetch: EventSource
 * cannot send the bearer header) and calls `onChange` on every `changed` event and on each
 * (re)connect, so nothing moved while the line was down is missed. Reconnects after a
 * drop, waiting longer each time (up to 30 s). Returns the stop function.
 */
export function watchDesk(options: {
  token: () => string | null;
  onChange: () => void;
  fetch?: typeof fetch;
  /** Waits before a reconnect (tests pass a resolved promise). */
  wait?: (ms: number) => Promise<void>;
}): () => void {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const wait = options.wait ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const controller = new AbortController();
  let stopped = false;

  async function run(): Promise<void> {
    for (let attempt = 0; !stopped; attempt += 1) {
      try {
        const token = options.token();
        const response = await doFetch(`${API_BASE}/operator/stream`, {
          headers: {
            [PROTOCOL_HEADER]: PROTOCOL_VERSION,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          signal: controller.signal,
        });
        if (response.ok && response.body) {
          attempt = 0;
          await readEventStream(response.body, (data) => {
            const type = (data as { type?: string }).type;
            if (type === 'changed' || type === 'ready') options.onChange();
          });
        } else if (response.status === 401 || response.status === 403) return;
      } catch {
        // A dropped line: try again below.
      }
      if (!stopped) await wait(Math.min(30_000, 1000 * 2 ** attempt));
    }
  }
  void run();
  return () => {
    stopped = true;
    controller.abort();
  };
}
