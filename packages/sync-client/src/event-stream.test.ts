import { describe, expect, it } from 'vitest';
import { readEventStream } from './event-stream.ts';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readEventStream', () => {
  it('parses events split across chunks and skips keep-alives and bad JSON', async () => {
    const seen: unknown[] = [];
    await readEventStream(
      streamOf(
        ': keep-alive\n\n',
        'event: resync\ndata: {"type":"res',
        'ync"}\n\nevent: checkpoint\r\ndata: {"type":"checkpoint","collection":"children","checkpoint":{"seq":4}}\r\n\r\n',
        'data: {broken\n\n',
      ),
      (data) => seen.push(data),
    );
    expect(seen).toEqual([
      { type: 'resync' },
      { type: 'checkpoint', collection: 'children', checkpoint: { seq: 4 } },
    ]);
  });
});
