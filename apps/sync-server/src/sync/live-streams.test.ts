import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus.ts';
import {
  createLiveStreams,
  eventFrames,
  KEEP_ALIVE_FRAME,
  MAX_QUEUED_FRAMES,
  RESYNC_FRAME,
  type LiveStreams,
} from './live-streams.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A stream controller that keeps what was enqueued, or throws as a closed one does. */
function controllerOf(
  enqueue: (bytes?: Uint8Array) => void,
): ReadableStreamDefaultController<Uint8Array> {
  return { desiredSize: 1, close: () => undefined, error: () => undefined, enqueue };
}

/** A stream as the route opens it, with what it enqueued. */
function openStream(streams: LiveStreams) {
  const sent: Uint8Array[] = [];
  const controller = controllerOf((bytes) => sent.push(bytes!));
  return { stream: streams.open(controller), sent };
}

describe('live streams', () => {
  it('sends a family event to every stream of the family as one encoding', () => {
    const bus = createEventBus();
    const streams = createLiveStreams();
    const devices = [openStream(streams), openStream(streams)];
    const offs = devices.map(({ stream }) =>
      bus.subscribe('a', (event) => stream.send(eventFrames(event))),
    );
    bus.publish([{ familyId: 'a', collection: 'children', childId: null, seq: 7 }]);
    const [first, second] = devices.map(({ sent }) => sent[0]!);
    expect(first).toBe(second);
    expect(text(first!)).toBe(
      'event: checkpoint\ndata: {"type":"checkpoint","collection":"children","checkpoint":{"seq":7}}\n\n',
    );
    bus.publishResync();
    expect(devices.map(({ sent }) => sent[1])).toEqual([RESYNC_FRAME, RESYNC_FRAME]);
    offs.forEach((off) => off());
    devices.forEach(({ stream }) => stream.close());
  });

  it('sends the keep-alive only to streams idle for the whole interval', () => {
    let now = 0;
    const streams = createLiveStreams({ keepAliveMs: 25_000, now: () => now });
    const idle = openStream(streams);
    now = 10_000;
    const busy = openStream(streams);
    now = 24_999;
    streams.keepAlive();
    expect(idle.sent).toEqual([]);
    now = 25_000;
    busy.stream.send(RESYNC_FRAME);
    streams.keepAlive();
    expect(idle.sent).toEqual([KEEP_ALIVE_FRAME]);
    expect(busy.sent).toEqual([RESYNC_FRAME]);
    // The keep-alive counts as a send: the next one is a whole interval later.
    now = 49_999;
    streams.keepAlive();
    expect(idle.sent).toHaveLength(1);
    now = 50_000;
    streams.keepAlive();
    expect(idle.sent).toEqual([KEEP_ALIVE_FRAME, KEEP_ALIVE_FRAME]);
    expect(busy.sent).toEqual([RESYNC_FRAME, KEEP_ALIVE_FRAME]);
    idle.stream.close();
    busy.stream.close();
    expect(streams.size).toBe(0);
  });

  it('forgets a stream whose client went away, and sends a closed one nothing', () => {
    const streams = createLiveStreams({ keepAliveMs: 0 });
    const gone = streams.open(
      controllerOf(() => {
        throw new TypeError('Invalid state: Controller is already closed');
      }),
    );
    gone.send(RESYNC_FRAME);
    expect(streams.size).toBe(0);
    const closed = openStream(streams);
    closed.stream.close();
    closed.stream.send(RESYNC_FRAME);
    streams.keepAlive();
    expect(closed.sent).toEqual([]);
  });

  it('ends a stream nobody reads instead of piling frames up', async () => {
    const streams = createLiveStreams();
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        controller = c;
      },
    });
    const stream = streams.open(controller);
    let sent = 0;
    while (streams.size > 0 && sent < 2 * MAX_QUEUED_FRAMES) {
      stream.send(RESYNC_FRAME);
      sent += 1;
    }
    expect(sent).toBeGreaterThan(MAX_QUEUED_FRAMES);
    expect(sent).toBeLessThanOrEqual(MAX_QUEUED_FRAMES + 2);
    // The server's pipe to the socket learns the stream ended; the unread frames go with it.
    const reader = body.getReader();
    await expect(reader.read()).rejects.toThrow('live stream not read');
  });
});
