/**
 * The upload queue: which scans are sent, when, and what each one waits for.
 * It knows nothing of tus, IndexedDB or Svelte — the bytes go through a
 * `Transferrer` port and the network through a `Network` port — so its rules
 * are tested on their own: at most `concurrency` transfers at a time, backoff
 * between failed tries, paused offline, a record not yet on the server waits.
 */

/** One local scan to send: its `documents` record and the size it declared. */
export interface UploadJob {
  readonly documentId: string;
  readonly size: number;
  /** Sent as tus metadata `filename`. */
  readonly fileName?: string;
  /** The record has reached the server (`serverSeq > 0`); before that tus answers 404. */
  readonly onServer: boolean;
}

/** How one transfer ended. `status` is the HTTP status, or null when the request never arrived. */
export type TransferOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly status: number | null; readonly code: string | null }
  /** The device no longer holds the bytes (storage cleared): nothing to send. */
  | { readonly kind: 'missing' };

export interface Transfer {
  readonly result: Promise<TransferOutcome>;
  /** Stops sending; the server keeps what it has and the next try resumes from there. */
  abort(): void;
}

export interface Transferrer {
  start(job: UploadJob, onProgress: (sent: number) => void): Transfer;
}

export interface QueueNetwork {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

/** What a scan waits for, as the screens say it. */
export type UploadPhase =
  /** No connection: sends when one appears. */
  | { readonly kind: 'offline' }
  /** Its record has not reached the server yet (replication pushes it first). */
  | { readonly kind: 'waiting-record' }
  /** Waits for a free slot. */
  | { readonly kind: 'queued' }
  | { readonly kind: 'uploading' }
  /** A try failed; the next starts at `at` (ms since epoch). */
  | {
      readonly kind: 'retrying';
      readonly at: number;
      readonly attempt: number;
      readonly reason: 'network' | 'server' | 'not-found';
    }
  /** Every byte is on the server; the verdict comes back on the record. */
  | { readonly kind: 'sent' }
  /** The session ended (401): waits until the person signs in again. */
  | { readonly kind: 'signed-out' }
  /** The server refused it for good (e.g. 413); only «Повторить» tries again. */
  | { readonly kind: 'refused'; readonly code: string }
  /** The bytes are gone from this device. */
  | { readonly kind: 'missing' };

export interface UploadItem {
  readonly documentId: string;
  readonly size: number;
  readonly sent: number;
  readonly phase: UploadPhase;
}

export interface QueueSnapshot {
  readonly items: ReadonlyMap<string, UploadItem>;
  /** Scans whose bytes are not all on the server yet. */
  readonly waiting: number;
  readonly totalBytes: number;
  readonly sentBytes: number;
}

export interface UploadQueueOptions {
  transferrer: Transferrer;
  network: QueueNetwork;
  /** At most this many transfers at once (a phone on 3G gains nothing from more). */
  concurrency?: number;
  /** Wait before try number `attempt` (1, 2, …) after a failure. */
  backoff?: (attempt: number) => number;
  now?: () => number;
  /** The session is gone (401): the app asks to sign in again, like sync does. */
  onAuthExpired?: () => void;
}

/** Doubling waits from `base`, capped, with ±25 % jitter so devices do not retry in step. */
export function backoffDelay(
  attempt: number,
  base = 2_000,
  max = 5 * 60_000,
  random: () => number = Math.random,
): number {
  const plain = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(plain * (0.75 + 0.5 * random()));
}

/** Statuses a later try may fix: the network, an overloaded server, a lock. */
function isTransient(status: number | null): boolean {
  return status === null || status >= 500 || status === 408 || status === 423 || status === 429;
}

interface Entry {
  job: UploadJob;
  sent: number;
  phase: UploadPhase;
  attempt: number;
  transfer: Transfer | null;
  timer: ReturnType<typeof setTimeout> | null;
}

export class UploadQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(snapshot: QueueSnapshot) => void>();
  private readonly concurrency: number;
  private readonly backoff: (attempt: number) => number;
  private readonly now: () => number;
  private readonly unsubscribeNetwork: () => void;
  private signedOut = false;
  private stopped = false;

  constructor(private readonly options: UploadQueueOptions) {
    this.concurrency = options.concurrency ?? 2;
    this.backoff = options.backoff ?? ((attempt) => backoffDelay(attempt));
    this.now = options.now ?? Date.now;
    this.unsubscribeNetwork = options.network.subscribe((online) =>
      online ? this.wentOnline() : this.wentOffline(),
    );
  }

  /**
   * The scans that should be on their way now (local bytes whose record is not
   * accepted or rejected yet): new ones join, gone ones (removed, decided) stop.
   */
  sync(jobs: readonly UploadJob[]): void {
    if (this.stopped) return;
    const wanted = new Set<string>();
    for (const job of jobs) {
      wanted.add(job.documentId);
      const entry = this.entries.get(job.documentId);
      if (!entry) {
        this.entries.set(job.documentId, {
          job,
          sent: 0,
          phase: { kind: 'queued' },
          attempt: 0,
          transfer: null,
          timer: null,
        });
      } else {
        entry.job = job;
      }
    }
    for (const [id, entry] of this.entries) {
      if (wanted.has(id)) continue;
      this.halt(entry);
      this.entries.delete(id);
    }
    this.pump();
  }

  /** «Повторить»: try this one again now, whatever happened before. */
  retry(documentId: string): void {
    const entry = this.entries.get(documentId);
    if (!entry || entry.phase.kind === 'uploading') return;
    this.halt(entry);
    entry.attempt = 0;
    entry.phase = { kind: 'queued' };
    this.pump();
  }

  /** The person signed in again: everything that waited for it goes on. */
  resume(): void {
    if (!this.signedOut) return;
    this.signedOut = false;
    for (const entry of this.entries.values()) {
      if (entry.phase.kind === 'signed-out') entry.phase = { kind: 'queued' };
    }
    this.pump();
  }

  snapshot(): QueueSnapshot {
    const items = new Map<string, UploadItem>();
    let waiting = 0;
    let totalBytes = 0;
    let sentBytes = 0;
    for (const [id, e] of this.entries) {
      items.set(id, { documentId: id, size: e.job.size, sent: e.sent, phase: e.phase });
      if (e.phase.kind === 'sent' || e.phase.kind === 'missing') continue;
      waiting += 1;
      totalBytes += e.job.size;
      sentBytes += Math.min(e.sent, e.job.size);
    }
    return { items, waiting, totalBytes, sentBytes };
  }

  subscribe(listener: (snapshot: QueueSnapshot) => void): () => void {
    this.listeners.add(listener);
    listener(this.snapshot());
    return () => this.listeners.delete(listener);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribeNetwork();
    for (const entry of this.entries.values()) this.halt(entry);
    this.listeners.clear();
  }

  // --- internals -----------------------------------------------------------

  private running(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.phase.kind === 'uploading') n += 1;
    return n;
  }

  /** Stops an entry's transfer and timer; its phase is the caller's to set. */
  private halt(entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    const transfer = entry.transfer;
    entry.transfer = null;
    transfer?.abort();
  }

  /** Settles what each waiting scan waits for, then starts as many as the limit allows. */
  private pump(): void {
    if (this.stopped) return;
    const online = this.options.network.isOnline();
    let free = this.concurrency - this.running();
    for (const entry of this.entries.values()) {
      const kind = entry.phase.kind;
      if (kind !== 'queued' && kind !== 'offline' && kind !== 'waiting-record') continue;
      if (this.signedOut) entry.phase = { kind: 'signed-out' };
      else if (!online) entry.phase = { kind: 'offline' };
      else if (!entry.job.onServer) entry.phase = { kind: 'waiting-record' };
      else if (free > 0) {
        free -= 1;
        this.begin(entry);
      } else entry.phase = { kind: 'queued' };
    }
    this.emit();
  }

  private begin(entry: Entry): void {
    entry.phase = { kind: 'uploading' };
    const transfer = this.options.transferrer.start(entry.job, (sent) => {
      if (entry.transfer !== transfer) return;
      entry.sent = sent;
      this.emit();
    });
    entry.transfer = transfer;
    void transfer.result.then(
      (outcome) => this.finished(entry, transfer, outcome),
      () => this.finished(entry, transfer, { kind: 'failed', status: null, code: null }),
    );
  }

  private finished(entry: Entry, transfer: Transfer, outcome: TransferOutcome): void {
    // An aborted transfer (offline, removed, signed out) has already been dealt with.
    if (entry.transfer !== transfer || this.stopped) return;
    entry.transfer = null;
    if (outcome.kind === 'done') {
      entry.sent = entry.job.size;
      entry.phase = { kind: 'sent' };
    } else if (outcome.kind === 'missing') {
      entry.phase = { kind: 'missing' };
    } else if (outcome.status === 401) {
      this.sessionEnded();
      return;
    } else if (outcome.status === 409) {
      // Already accepted or rejected: the verdict is on the record, nothing to send.
      entry.phase = { kind: 'sent' };
    } else if (outcome.status === 404 || isTransient(outcome.status)) {
      if (outcome.status === null && !this.options.network.isOnline()) {
        entry.phase = { kind: 'offline' };
      } else {
        this.scheduleRetry(
          entry,
          outcome.status === 404 ? 'not-found' : outcome.status === null ? 'network' : 'server',
        );
      }
    } else {
      entry.phase = { kind: 'refused', code: outcome.code ?? `http-${outcome.status}` };
    }
    this.pump();
  }

  private scheduleRetry(entry: Entry, reason: 'network' | 'server' | 'not-found'): void {
    entry.attempt += 1;
    const wait = this.backoff(entry.attempt);
    entry.phase = { kind: 'retrying', at: this.now() + wait, attempt: entry.attempt, reason };
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (entry.phase.kind !== 'retrying') return;
      entry.phase = { kind: 'queued' };
      this.pump();
    }, wait);
  }

  private sessionEnded(): void {
    if (!this.signedOut) {
      this.signedOut = true;
      this.options.onAuthExpired?.();
    }
    for (const entry of this.entries.values()) {
      const kind = entry.phase.kind;
      if (kind === 'sent' || kind === 'missing' || kind === 'refused') continue;
      this.halt(entry);
      entry.phase = { kind: 'signed-out' };
    }
    this.emit();
  }

  private wentOffline(): void {
    for (const entry of this.entries.values()) {
      const kind = entry.phase.kind;
      if (kind !== 'uploading' && kind !== 'retrying' && kind !== 'queued') continue;
      this.halt(entry);
      entry.phase = { kind: 'offline' };
    }
    this.emit();
  }

  private wentOnline(): void {
    for (const entry of this.entries.values()) {
      // A new connection is a fresh start: waits that piled up offline do not carry over.
      if (entry.phase.kind === 'offline' || entry.phase.kind === 'retrying') {
        this.halt(entry);
        entry.attempt = 0;
        entry.phase = { kind: 'queued' };
      }
    }
    this.pump();
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
