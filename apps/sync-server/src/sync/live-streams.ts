import type { CollectionName, StreamEvent } from '@rodnik/domain';
import type { FamilyEvent } from './event-bus.ts';

/**
 * The server's open event streams (issue 14: 10,000 on 2 cores). A stream is
 * a plain `ReadableStream` whose controller the family's event is enqueued
 * into as it is published: no per-stream loop, promise or timer. A family
 * event is encoded once for all the family's streams, and one timer sends
 * the keep-alive comment to every stream idle for `keepAliveMs`, in the
 * order they fell idle, so keep-alives stay spread out as the streams are.
 */

const encoder = new TextEncoder();

export const KEEP_ALIVE_FRAME = encoder.encode(': keep-alive\n\n');

function frame(event: StreamEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export const RESYNC_FRAME = encoder.encode(frame({ type: 'resync' }));

/** The bytes of an event, built once per published event (the bus hands each listener the same object). */
const framesByEvent = new WeakMap<FamilyEvent, Uint8Array>();

export function eventFrames(event: FamilyEvent): Uint8Array {
  if (event.type === 'resync') return RESYNC_FRAME;
  let bytes = framesByEvent.get(event);
  if (!bytes) {
    let text = '';
    for (const [collection, seq] of Object.entries(event.checkpoints)) {
      text += frame({
        type: 'checkpoint',
        collection: collection as CollectionName,
        checkpoint: { seq: seq ?? 0 },
      });
    }
    bytes = encoder.encode(text);
    framesByEvent.set(event, bytes);
  }
  return bytes;
}

/** Frames a stream may hold unread before it is ended. */
export const MAX_QUEUED_FRAMES = 1_000;

/** One open stream: where its bytes go, and when it last sent any. */
export interface LiveStream {
  send(bytes: Uint8Array): void;
  close(): void;
}

export interface LiveStreams {
  /** Registers a stream writing into `controller`; it sends the keep-alive when idle. */
  open(controller: ReadableStreamDefaultController<Uint8Array>): LiveStream;
  readonly size: number;
  /** Sends the keep-alive to every stream idle long enough (the timer calls this). */
  keepAlive(): void;
}

interface Entry {
  controller: ReadableStreamDefaultController<Uint8Array>;
  lastSent: number;
}

export function createLiveStreams(
  options: { keepAliveMs?: number; now?: () => number; tickMs?: number } = {},
): LiveStreams {
  const keepAliveMs = options.keepAliveMs ?? 25_000;
  const now = options.now ?? Date.now;
  const tickMs = options.tickMs ?? 1_000;
  // Insertion order is the order of the last send: a sent stream moves to the end.
  const open = new Set<Entry>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const write = (entry: Entry, bytes: Uint8Array): void => {
    try {
      const queued = entry.controller.desiredSize;
      if (queued !== null && queued <= -MAX_QUEUED_FRAMES) {
        // Nobody reads it (a stalled or half-open connection): end it; the device reconnects
        // and resyncs, which loses nothing, instead of frames piling up here.
        entry.controller.error(new Error('live stream not read'));
        open.delete(entry);
        return;
      }
      entry.controller.enqueue(bytes);
    } catch {
      // Closed under us (the client went away): its cancel unsubscribes it.
      open.delete(entry);
      return;
    }
    entry.lastSent = now();
    open.delete(entry);
    open.add(entry);
  };

  const streams: LiveStreams = {
    open(controller) {
      const entry: Entry = { controller, lastSent: now() };
      open.add(entry);
      if (!timer) {
        timer = setInterval(() => streams.keepAlive(), tickMs);
        // Open streams keep the server up, not this timer.
        timer.unref();
      }
      return {
        send: (bytes) => {
          if (open.has(entry)) write(entry, bytes);
        },
        close: () => {
          open.delete(entry);
          if (open.size === 0 && timer) {
            clearInterval(timer);
            timer = null;
          }
        },
      };
    },
    get size() {
      return open.size;
    },
    keepAlive() {
      const due = now() - keepAliveMs;
      // Oldest first: stop at the first stream that sent recently. A stream sent to
      // moves behind it, so this loop ends there too.
      for (const entry of open) {
        if (entry.lastSent > due) break;
        write(entry, KEEP_ALIVE_FRAME);
      }
    },
  };
  return streams;
}
