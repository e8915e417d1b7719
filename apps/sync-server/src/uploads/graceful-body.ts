import type { IncomingMessage } from 'node:http';

/**
 * The body of a PATCH as a stream that simply ends, keeping every byte that
 * arrived, when the connection drops half-way. A stream that errors instead
 * would discard what sits in its buffers, and the device would send those
 * bytes again after the cut; tus only needs the bytes, and the server knows
 * the offset from what it wrote.
 */
export function gracefulBody(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        const finish = () => {
          if (!open) return;
          open = false;
          controller.close();
        };
        incoming.on('data', (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
          if ((controller.desiredSize ?? 1) <= 0) incoming.pause();
        });
        incoming.on('end', finish);
        incoming.on('aborted', finish);
        incoming.on('error', finish);
        incoming.on('close', finish);
      },
      pull() {
        incoming.resume();
      },
      cancel() {
        incoming.destroy();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/** The same request with its body read through `gracefulBody` (only on Node's own server). */
export function withGracefulBody(request: Request, incoming: IncomingMessage | undefined): Request {
  if (!incoming || request.method !== 'PATCH' || !request.body) return request;
  // Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
  const init = { method: request.method, headers: request.headers, body: gracefulBody(incoming) };
  return new Request(request.url, { ...init, duplex: 'half' } as RequestInit);
}
