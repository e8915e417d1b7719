/**
 * What the service worker does on a background `sync`: send every waiting
 * scan with the tus protocol over plain `fetch` (no tus-js-client in the
 * worker) — creation when no upload URL is remembered, HEAD for the offset,
 * PATCH the rest. Pure over its ports, so its rules are unit-tested.
 */
import { uploadFingerprint } from '../fingerprint.ts';
import type { PendingScan, WorkerState } from './worker-state.ts';

const TUS_VERSION = '1.0.0';
const CHUNK_BYTES = 256 * 1024;
/** Offset mismatches (the page sent a chunk meanwhile) tolerated per scan before giving up this round. */
const MAX_OFFSET_RETRIES = 3;

export type ScanOutcome =
  | 'done'
  /** The session is gone: nothing more is sent until the person signs in again. */
  | 'signed-out'
  /** The server refused it for good (e.g. 413); the app shows why on next open. */
  | 'refused'
  /** The bytes are gone from the device. */
  | 'missing'
  /** The page (or another run) is sending it now. */
  | 'busy'
  /** Network or server trouble, or the record is not on the server yet: try again later. */
  | 'retry';

export interface BackgroundUploadPorts {
  state: WorkerState;
  /** The scan's bytes from the account's file store. */
  readBlob(accountId: string, documentId: string): Promise<Blob | null>;
  fetch: typeof fetch;
  /** Absolute URL of `POST /api/v1/uploads`. */
  endpoint: string;
  /** Runs `work` holding the scan's lock, or returns 'busy' if someone else holds it. */
  withLock(documentId: string, work: () => Promise<ScanOutcome>): Promise<ScanOutcome>;
  extraHeaders?: Record<string, string>;
  chunkBytes?: number;
  now?: () => Date;
}

export interface BackgroundRun {
  readonly outcomes: ReadonlyMap<string, ScanOutcome>;
  /** Something is left that a later try may finish: the sync event should fail so the browser retries. */
  readonly retryLater: boolean;
}

/** Sends every waiting scan whose record is on the server; drops finished ones from the list. */
export async function finishPendingUploads(ports: BackgroundUploadPorts): Promise<BackgroundRun> {
  const outcomes = new Map<string, ScanOutcome>();
  const session = await ports.state.readSession();
  if (!session) return { outcomes, retryLater: false };
  const pending = await ports.state.readPending();
  let retryLater = false;
  for (const scan of pending) {
    // Before its record is on the server tus answers 404; only the app can push the record.
    if (!scan.onServer) continue;
    const outcome = await ports.withLock(scan.documentId, () =>
      sendScan(ports, session.token, session.accountId, scan),
    );
    outcomes.set(scan.documentId, outcome);
    if (outcome === 'signed-out') {
      await ports.state.clearSession();
      return { outcomes, retryLater: false };
    }
    if (outcome === 'retry' || outcome === 'busy') retryLater = true;
  }
  const settled = new Set(
    [...outcomes].filter(([, o]) => o === 'done' || o === 'missing').map(([id]) => id),
  );
  if (settled.size > 0) {
    // Re-read: the page may have rewritten the list while we were sending.
    const now = await ports.state.readPending();
    await ports.state.savePending(now.filter((s) => !settled.has(s.documentId)));
  }
  return { outcomes, retryLater };
}

async function sendScan(
  ports: BackgroundUploadPorts,
  token: string,
  accountId: string,
  scan: PendingScan,
): Promise<ScanOutcome> {
  const blob = await ports.readBlob(accountId, scan.documentId);
  if (!blob) return 'missing';
  const fingerprint = uploadFingerprint(accountId, scan.documentId);
  const headers = {
    ...ports.extraHeaders,
    authorization: `Bearer ${token}`,
    'tus-resumable': TUS_VERSION,
  };
  const call = async (url: string, init: RequestInit): Promise<Response | null> => {
    try {
      return await ports.fetch(url, { ...init, headers: { ...headers, ...init.headers } });
    } catch {
      return null;
    }
  };

  let url = (await ports.state.urls.get(fingerprint))?.uploadUrl ?? null;
  let offset = 0;
  if (url) {
    const head = await call(url, { method: 'HEAD' });
    if (!head) return 'retry';
    if (head.status === 404 || head.status === 410) {
      // The server forgot that upload (expired): start a new one.
      await ports.state.urls.remove(fingerprint);
      url = null;
    } else if (head.ok) {
      offset = Number(head.headers.get('upload-offset') ?? 0);
    } else {
      return verdictOf(head.status);
    }
  }
  if (!url) {
    const created = await call(ports.endpoint, {
      method: 'POST',
      headers: {
        'upload-length': String(blob.size),
        'upload-metadata': metadataHeader({
          documentId: scan.documentId,
          filename: scan.fileName ?? scan.documentId,
        }),
      },
    });
    if (!created) return 'retry';
    // Already accepted or rejected: the verdict is on the record.
    if (created.status === 409) return done(ports, fingerprint);
    if (created.status !== 201) return verdictOf(created.status);
    const location = created.headers.get('location');
    if (!location) return 'retry';
    url = new URL(location, ports.endpoint).href;
    await ports.state.urls.set(fingerprint, {
      uploadUrl: url,
      size: blob.size,
      metadata: { documentId: scan.documentId, filename: scan.fileName ?? scan.documentId },
      creationTime: (ports.now?.() ?? new Date()).toString(),
    });
  }

  const chunk = ports.chunkBytes ?? CHUNK_BYTES;
  let conflicts = 0;
  while (offset < blob.size) {
    const patched = await call(url, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(offset),
      },
      body: blob.slice(offset, offset + chunk),
    });
    if (!patched) return 'retry';
    if (patched.status === 409) {
      // Our offset is stale (the page sent a chunk meanwhile): ask the server where it stands.
      if (++conflicts > MAX_OFFSET_RETRIES) return 'retry';
      const head = await call(url, { method: 'HEAD' });
      if (!head?.ok) return head ? verdictOf(head.status) : 'retry';
      offset = Number(head.headers.get('upload-offset') ?? offset);
      continue;
    }
    if (patched.status !== 204) return verdictOf(patched.status);
    offset = Number(patched.headers.get('upload-offset') ?? offset + chunk);
  }
  return done(ports, fingerprint);
}

async function done(ports: BackgroundUploadPorts, fingerprint: string): Promise<ScanOutcome> {
  await ports.state.urls.remove(fingerprint);
  return 'done';
}

function verdictOf(status: number): ScanOutcome {
  if (status === 401) return 'signed-out';
  if (status === 409) return 'done';
  if (status === 404 || status >= 500 || [408, 423, 429].includes(status)) return 'retry';
  return 'refused';
}

/** tus `Upload-Metadata`: `key base64(value)` pairs, UTF-8 safe. */
export function metadataHeader(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key} ${base64(value)}`)
    .join(',');
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
