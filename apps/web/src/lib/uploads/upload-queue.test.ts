import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backoffDelay,
  UploadQueue,
  type QueueNetwork,
  type Transfer,
  type TransferOutcome,
  type Transferrer,
  type UploadJob,
} from './upload-queue.ts';

class FakeNetwork implements QueueNetwork {
  online = true;
  private listeners = new Set<(online: boolean) => void>();
  isOnline = () => this.online;
  subscribe(listener: (online: boolean) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  set(online: boolean) {
    this.online = online;
    for (const l of this.listeners) l(online);
  }
}

/** A transfer the test finishes by hand, recording what was started and aborted. */
class ManualTransferrer implements Transferrer {
  started: string[] = [];
  aborted: string[] = [];
  private open = new Map<
    string,
    { finish: (o: TransferOutcome) => void; progress: (n: number) => void }
  >();

  start(job: UploadJob, onProgress: (sent: number) => void): Transfer {
    this.started.push(job.documentId);
    let finish!: (o: TransferOutcome) => void;
    const result = new Promise<TransferOutcome>((resolve) => (finish = resolve));
    this.open.set(job.documentId, { finish, progress: onProgress });
    return {
      result,
      abort: () => {
        this.aborted.push(job.documentId);
        this.open.delete(job.documentId);
      },
    };
  }

  get running(): string[] {
    return [...this.open.keys()];
  }
  progress(id: string, sent: number) {
    this.open.get(id)?.progress(sent);
  }
  async finish(id: string, outcome: TransferOutcome) {
    const t = this.open.get(id);
    if (!t) throw new Error(`${id} is not running`);
    this.open.delete(id);
    t.finish(outcome);
    await Promise.resolve();
    await Promise.resolve();
  }
}

const job = (documentId: string, size = 1000, onServer = true): UploadJob => ({
  documentId,
  size,
  onServer,
});
const failed = (status: number | null, code: string | null = null): TransferOutcome => ({
  kind: 'failed',
  status,
  code,
});

let network: FakeNetwork;
let transfers: ManualTransferrer;
let queue: UploadQueue;

function makeQueue(extra: Partial<ConstructorParameters<typeof UploadQueue>[0]> = {}) {
  queue = new UploadQueue({
    transferrer: transfers,
    network,
    backoff: (attempt) => attempt * 1000,
    ...extra,
  });
  return queue;
}

const phaseOf = (id: string) => queue.snapshot().items.get(id)?.phase.kind;

beforeEach(() => {
  vi.useFakeTimers();
  network = new FakeNetwork();
  transfers = new ManualTransferrer();
});
afterEach(() => {
  queue?.stop();
  vi.useRealTimers();
});

describe('UploadQueue', () => {
  it('runs at most two transfers at a time and starts the next as one finishes', async () => {
    makeQueue();
    queue.sync([job('a'), job('b'), job('c'), job('d')]);
    expect(transfers.running).toEqual(['a', 'b']);
    expect(phaseOf('c')).toBe('queued');

    await transfers.finish('a', { kind: 'done' });
    expect(transfers.running).toEqual(['b', 'c']);
    expect(phaseOf('a')).toBe('sent');
    expect(queue.snapshot().waiting).toBe(3);
  });

  it('counts progress per file and in total', () => {
    makeQueue();
    queue.sync([job('a', 1000), job('b', 3000)]);
    transfers.progress('a', 500);
    transfers.progress('b', 1500);
    const snap = queue.snapshot();
    expect(snap.items.get('a')?.sent).toBe(500);
    expect(snap.totalBytes).toBe(4000);
    expect(snap.sentBytes).toBe(2000);
  });

  it('waits for the record to reach the server before sending its bytes', () => {
    makeQueue();
    queue.sync([job('a', 1000, false)]);
    expect(transfers.started).toEqual([]);
    expect(phaseOf('a')).toBe('waiting-record');

    queue.sync([job('a', 1000, true)]);
    expect(transfers.started).toEqual(['a']);
  });

  it('retries after a 404 (record not on the server yet) with growing waits, then succeeds', async () => {
    makeQueue();
    queue.sync([job('a')]);
    await transfers.finish('a', failed(404, 'not-found'));
    expect(queue.snapshot().items.get('a')?.phase).toMatchObject({
      kind: 'retrying',
      attempt: 1,
      reason: 'not-found',
    });
    vi.advanceTimersByTime(999);
    expect(transfers.running).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(transfers.running).toEqual(['a']);

    await transfers.finish('a', failed(503));
    expect(queue.snapshot().items.get('a')?.phase).toMatchObject({ kind: 'retrying', attempt: 2 });
    vi.advanceTimersByTime(1999);
    expect(transfers.running).toEqual([]);
    vi.advanceTimersByTime(1);
    await transfers.finish('a', { kind: 'done' });
    expect(phaseOf('a')).toBe('sent');
    expect(transfers.started).toEqual(['a', 'a', 'a']);
  });

  it('treats 409 (already accepted or rejected) as done and does not send again', async () => {
    makeQueue();
    queue.sync([job('a')]);
    await transfers.finish('a', failed(409, 'conflict'));
    expect(phaseOf('a')).toBe('sent');
    vi.advanceTimersByTime(60_000);
    expect(transfers.started).toEqual(['a']);
    expect(queue.snapshot().waiting).toBe(0);
  });

  it('pauses offline (aborting what runs) and carries on when the connection returns', async () => {
    makeQueue();
    queue.sync([job('a'), job('b'), job('c')]);
    transfers.progress('a', 400);
    network.set(false);
    expect(transfers.aborted).toEqual(['a', 'b']);
    expect([phaseOf('a'), phaseOf('b'), phaseOf('c')]).toEqual(['offline', 'offline', 'offline']);

    // Scans attached offline wait too.
    queue.sync([job('a'), job('b'), job('c'), job('d')]);
    expect(phaseOf('d')).toBe('offline');

    network.set(true);
    expect(transfers.running).toEqual(['a', 'b']);
    await transfers.finish('a', { kind: 'done' });
    expect(transfers.running).toEqual(['b', 'c']);
  });

  it('a network failure while the device says offline waits for the connection, not a timer', async () => {
    makeQueue();
    queue.sync([job('a')]);
    network.online = false; // the failure arrives before the offline event
    await transfers.finish('a', failed(null));
    expect(phaseOf('a')).toBe('offline');
    network.set(true);
    expect(transfers.running).toEqual(['a']);
  });

  it('stops everything on 401 and asks to sign in again; resumes after sign-in', async () => {
    const onAuthExpired = vi.fn();
    makeQueue({ onAuthExpired });
    queue.sync([job('a'), job('b'), job('c')]);
    await transfers.finish('a', failed(401, 'session-expired'));
    expect(onAuthExpired).toHaveBeenCalledOnce();
    expect(transfers.aborted).toEqual(['b']);
    expect([phaseOf('a'), phaseOf('b'), phaseOf('c')]).toEqual([
      'signed-out',
      'signed-out',
      'signed-out',
    ]);
    vi.advanceTimersByTime(600_000);
    expect(transfers.running).toEqual([]);

    queue.resume();
    expect(transfers.running).toEqual(['a', 'b']);
  });

  it('does not retry a file the server refuses for good (413) until asked', async () => {
    makeQueue();
    queue.sync([job('a')]);
    await transfers.finish('a', failed(413, 'payload-too-large'));
    expect(queue.snapshot().items.get('a')?.phase).toEqual({
      kind: 'refused',
      code: 'payload-too-large',
    });
    vi.advanceTimersByTime(600_000);
    expect(transfers.started).toEqual(['a']);
    queue.retry('a');
    expect(transfers.running).toEqual(['a']);
  });

  it('re-queues every job it is given on start (after a reload) and drops removed ones', () => {
    makeQueue({ concurrency: 1 });
    queue.sync([job('a'), job('b')]);
    expect(transfers.running).toEqual(['a']);
    queue.sync([job('b')]);
    expect(transfers.aborted).toEqual(['a']);
    expect(transfers.running).toEqual(['b']);
    expect(queue.snapshot().items.has('a')).toBe(false);
  });

  it('ignores progress and results of a transfer it has aborted', async () => {
    makeQueue();
    queue.sync([job('a')]);
    const progress = vi.fn();
    queue.subscribe(progress);
    network.set(false);
    transfers.progress('a', 999); // already aborted: dropped by the fake, and ignored anyway
    expect(queue.snapshot().items.get('a')?.sent).toBe(0);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base up to the cap, within ±25 % jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 1000, 5000, mid))).toEqual([
      1000, 2000, 4000, 5000,
    ]);
    expect(backoffDelay(1, 1000, 5000, () => 0)).toBe(750);
    expect(backoffDelay(1, 1000, 5000, () => 1)).toBe(1250);
  });
});
