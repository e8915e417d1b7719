/**
 * A tiny in-memory stand-in for the sync server's replication endpoints, to
 * test the client wiring without a network: pull by `serverSeq`, push with
 * conflicts when the assumed `serverSeq` is stale, and an SSE stream the test
 * can write to. The real server is exercised by the e2e journeys.
 */
export class FakeSyncServer {
  seq = 0;
  readonly docs = new Map<string, Record<string, unknown>>();
  readonly requests: string[] = [];
  status: number | null = null;
  private streams: ReadableStreamDefaultController<Uint8Array>[] = [];

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
      init?.signal?.addEventListener('abort', () => {
        this.streams = [];
      });
      return new Response(body, { status: 200 });
    }
    const [, , collection, action] = path.split('/');
    if (action === 'pull') {
      const after = Number(url.searchParams.get('after') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const documents = [...this.docs.entries()]
        .filter(
          ([key, d]) => key.startsWith(`${collection}/`) && (d['serverSeq'] as number) > after,
        )
        .map(([, d]) => d)
        .sort((a, b) => (a['serverSeq'] as number) - (b['serverSeq'] as number))
        .slice(0, limit);
      const last = documents.at(-1);
      return json(200, {
        documents,
        checkpoint: { seq: last ? (last['serverSeq'] as number) : after },
      });
    }
    if (action === 'push') {
      const rows = JSON.parse(String(init?.body)) as {
        assumedMasterState?: Record<string, unknown>;
        newDocumentState: Record<string, unknown>;
      }[];
      const conflicts: Record<string, unknown>[] = [];
      for (const row of rows) {
        const master = this.get(collection!, String(row.newDocumentState['id']));
        if (master && master['serverSeq'] !== row.assumedMasterState?.['serverSeq']) {
          conflicts.push(master);
          continue;
        }
        this.put(collection!, { ...master, ...row.newDocumentState });
      }
      return json(200, conflicts);
    }
    return json(404, { error: { code: 'not-found', message: '', messageEn: '' } });
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
