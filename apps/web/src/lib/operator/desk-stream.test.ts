import { describe, expect, it } from 'vitest';
import { watchDesk } from './desk-stream.ts';

function sse(events: string[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(
    events.map((e) => `event: ${e}\ndata: {"type":"${e}"}\n\n`).join(''),
  );
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

describe('the desk stream', () => {
  it('reloads on connect and on every change, reconnects after a drop, stops on 403', async () => {
    const calls: RequestInit[] = [];
    const answers = [
      () => new Response(sse(['ready', 'changed']), { status: 200 }),
      () => {
        throw new TypeError('network down');
      },
      () => new Response(sse(['ready']), { status: 200 }),
      () => new Response('{}', { status: 403 }),
    ];
    let reloads = 0;
    const done = new Promise<void>((resolve) => {
      watchDesk({
        token: () => 'tok',
        onChange: () => (reloads += 1),
        fetch: ((_url: string, init: RequestInit) => {
          calls.push(init);
          const next = answers.shift()!;
          if (answers.length === 0) queueMicrotask(resolve);
          return Promise.resolve().then(next);
        }) as unknown as typeof fetch,
        wait: () => Promise.resolve(),
      });
    });
    await done;
    await new Promise((r) => setTimeout(r, 0));
    expect(reloads).toBe(3);
    expect(calls).toHaveLength(4);
    expect((calls[0]!.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });
});
