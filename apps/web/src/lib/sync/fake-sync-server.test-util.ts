import { COLLECTIONS, clientView, jsonEqual, type CollectionName } from '@rodnik/domain';

/**
 * A tiny in-memory stand-in for the sync server's replication endpoints, to
 * test the client wiring without a network: pull by `serverSeq`, push with a
 * conflict when the master's client-owned fields or deletion differ from what
 * the device assumed (as the real server decides), and an SSE stream the
 * test can write to. The real server is exercised by the e2e journeys.
 */
export class FakeSyncServer {
  seq = 0;
  readonly docs = new Map<string, Record<string, unknown>>();
  readonly requests: string[] = [];
  status: number | null = null;
  private streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  private holding = new Set<string>();
  private waiting: { action: HeldAction; request: HeldRequest }[] = [];
  private arrived: (() => void) | null = null;

  /** Holds the next pull or push of a collection until the test lets it go: a request in flight. */
  hold(action: HeldAction, collection: string): void {
    this.holding.add(`${action} ${collection}`);
  }

  /** Resolves once the held request has arrived. */
  async held(action: HeldAction): Promise<HeldRequest> {
    for (;;) {
      const index = this.waiting.findIndex((h) => h.action === action);
      if (index >= 0) return this.waiting.splice(index, 1)[0]!.request;
      await new Promise<void>((arrived) => (this.arrived = arrived));
    }
  }

  put(collection: string, doc: Record<string, unknown>): void {
    this.seq += 1;
    this.docs.set(`${collection}/${String(doc['id'])}`, { ...doc, serverSeq: this.seq });
  }

  get(collection: string, id: string): Record<string, unknown> | undefined {
    return this.docs.get(`${collection}/${id}`);
  }

  /** Sends an SSE event to every open stream. */
  emit(data: unknown): void {
    const bytes = new TextEncoder().encode(`data: ${JSON.stringify(data)}\n\n`);
    for (const controller of this.streams) controller.enqueue(bytes);
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://local');
    const method = init?.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}`);
    if (this.status)
      return json(this.status, { error: { code: 'session-expired', message: '', messageEn: '' } });
    const path = url.pathname.replace('/api/v1', '');
    if (path === '/sync/stream') {
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          this.streams.push(controller);
          controller.enqueue(new TextEncoder().encode('data: {"type":"resync"}\n\n'));
        },
      });
      // Like fetch: aborting the request errors its body.
      init?.signal?.addEventListener('abort', () => {
        for (const controller of this.streams) controller.error(init.signal?.reason);
        this.streams = [];
      });
      return new Response(body, { status: 200 });
    }
    const [, , collection, action] = path.split('/');
    if (
      (action === 'pull' || action === 'push') &&
      this.holding.delete(`${action} ${collection}`)
    ) {
      return new Promise<Response>((settle) => {
        const answer = () =>
          action === 'pull' ? this.pull(collection!, url) : this.push(collection!, init);
        this.waiting.push({
          action,
          request: {
            answer: () => settle(answer()),
            commitAndDropAnswer: () => {
              answer();
              settle(Promise.reject(new TypeError('fetch failed')));
            },
            fail: () => settle(Promise.reject(new TypeError('fetch failed'))),
          },
        });
        this.arrived?.();
      });
    }
    if (action === 'pull') return this.pull(collection!, url);
    if (action === 'push') return this.push(collection!, init);
    return json(404, { error: { code: 'not-found', message: '', messageEn: '' } });
  };

  private pull(collection: string, url: URL): Response {
    const after = Number(url.searchParams.get('after') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const documents = [...this.docs.entries()]
      .filter(([key, d]) => key.startsWith(`${collection}/`) && (d['serverSeq'] as number) > after)
      .map(([, d]) => d)
      .sort((a, b) => (a['serverSeq'] as number) - (b['serverSeq'] as number))
      .slice(0, limit);
    const last = documents.at(-1);
    return json(200, {
      documents,
      checkpoint: { seq: last ? (last['serverSeq'] as number) : after },
    });
  }

  private push(collection: string, init: RequestInit | undefined): Response {
    const rows = JSON.parse(String(init?.body)) as {
      assumedMasterState?: Record<string, unknown>;
      newDocumentState: Record<string, unknown>;
    }[];
    const conflicts: Record<string, unknown>[] = [];
    for (const row of rows) {
      const master = this.get(collection, String(row.newDocumentState['id']));
      if (master && !this.assumedRight(collection, row.assumedMasterState, master)) {
        conflicts.push(master);
        continue;
      }
      this.put(collection, { ...master, ...row.newDocumentState });
    }
    return json(200, conflicts);
  }

  /** Whether the device's assumed master still holds what the master holds (its own fields). */
  private assumedRight(
    collection: string,
    assumed: Record<string, unknown> | undefined,
    master: Record<string, unknown>,
  ): boolean {
    if (!assumed) return false;
    const def = COLLECTIONS[collection as CollectionName];
    return (
      (assumed['_deleted'] === true) === (master['_deleted'] === true) &&
      jsonEqual(clientView(def, assumed), clientView(def, master))
    );
  }
}

export type HeldAction = 'pull' | 'push';

/** A request held at the server, settled the way a flaky link settles it. */
export interface HeldRequest {
  /** The server handles it and the answer arrives. */
  answer(): void;
  /** The server handles it (a push commits) but the answer never reaches the device. */
  commitAndDropAnswer(): void;
  /** The connection drops before the server saw anything. */
  fail(): void;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
