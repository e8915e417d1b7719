import { Upload, type DetailedError } from 'tus-js-client';
import { API_BASE, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../api/api-client.ts';
import type { FileStore } from './file-store.ts';
import { uploadFingerprint } from './fingerprint.ts';
import { BUSY, type ScanLock } from './scan-lock.ts';
import type { Transfer, TransferOutcome, Transferrer, UploadJob } from './upload-queue.ts';

export const UPLOADS_ENDPOINT = `${API_BASE}/uploads`;
/** A dropped connection costs at most one chunk of re-sent bytes. */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;
/** tus-js-client's own quick retries inside one try; the queue backs off between tries. */
const QUICK_RETRIES = [0, 1_000, 3_000, 5_000];
/** Answers no quick retry can change (the queue decides what they mean). */
const FINAL_STATUSES = new Set([400, 401, 403, 404, 409, 410, 413, 415, 422]);

export { uploadFingerprint };

type TusOptions = ConstructorParameters<typeof Upload>[1];
export type TusUrlStorage = NonNullable<TusOptions['urlStorage']>;

export interface TusTransferOptions {
  accountId: string;
  files: FileStore;
  /** The session token: only ever in the Authorization header. */
  token: () => string | null;
  isOnline?: () => boolean;
  endpoint?: string;
  chunkSize?: number;
  /** Where upload URLs are remembered; tus-js-client's localStorage one in the browser. */
  urlStorage?: TusUrlStorage;
  /** What tus-js-client reads the bytes from: the Blob itself in a browser (Node wants a Buffer). */
  source?: (blob: Blob) => Promise<Blob | Buffer>;
  /** Taken around each send, so the page and the service worker never send one scan at once. */
  lock?: ScanLock;
}

/** What an aborted send settles with; the queue has already moved on and ignores it. */
const ABORTED: TransferOutcome = { kind: 'failed', status: null, code: 'aborted' };
const BUSY_OUTCOME: TransferOutcome = { kind: 'failed', status: null, code: 'busy' };

/**
 * Sends a scan with the tus resumable protocol: creation with the declared
 * size and `documentId`/`filename` metadata, then PATCHes of 256 KiB. The
 * upload URL is remembered under a fingerprint of account and document, so
 * after a reload or a restart the next try asks the server for its offset
 * (HEAD) and sends only the rest.
 */
export function tusTransferrer(options: TusTransferOptions): Transferrer {
  const isOnline = options.isOnline ?? (() => navigator.onLine);
  return {
    start(job: UploadJob, onProgress: (sent: number) => void): Transfer {
      let upload: Upload | null = null;
      let aborted = false;
      // Settles the send on abort too, so the scan's lock is let go at once.
      let stopSending: () => void = () => undefined;
      const send = () =>
        new Promise<TransferOutcome>((resolve) => {
          stopSending = () => resolve(ABORTED);
          if (aborted) return resolve(ABORTED);
          void (async () => {
            const blob = await options.files.get(job.documentId);
            if (aborted) return;
            if (!blob) return resolve({ kind: 'missing' });
            const token = options.token();
            if (!token) return resolve({ kind: 'failed', status: 401, code: 'unauthorized' });
            const source = options.source ? await options.source(blob) : blob;
            if (aborted) return;
            upload = new Upload(source, {
              ...(options.urlStorage ? { urlStorage: options.urlStorage } : {}),
              endpoint: options.endpoint ?? UPLOADS_ENDPOINT,
              headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: PROTOCOL_VERSION },
              metadata: { documentId: job.documentId, filename: job.fileName ?? job.documentId },
              chunkSize: options.chunkSize ?? UPLOAD_CHUNK_BYTES,
              retryDelays: QUICK_RETRIES,
              fingerprint: () =>
                Promise.resolve(uploadFingerprint(options.accountId, job.documentId)),
              storeFingerprintForResuming: true,
              removeFingerprintOnSuccess: true,
              onShouldRetry: (error) => {
                const status = statusOf(error);
                if (isOffsetConflict(error)) return isOnline();
                return isOnline() && (status === null || !FINAL_STATUSES.has(status));
              },
              onProgress: (sent) => onProgress(sent),
              onSuccess: () => resolve({ kind: 'done' }),
              onError: (error) => resolve(failureOf(error)),
            });
            try {
              const previous = await upload.findPreviousUploads();
              if (aborted) return;
              const latest = previous.sort((a, b) =>
                b.creationTime.localeCompare(a.creationTime),
              )[0];
              if (latest) upload.resumeFromPreviousUpload(latest);
            } catch {
              // No stored URL to resume from: the upload starts over on the server.
            }
            upload.start();
          })().catch(() => resolve({ kind: 'failed', status: null, code: null }));
        });
      const lock = options.lock ?? ((_id, work) => work());
      const result = lock(job.documentId, send).then(
        // The service worker is sending it: this try counts as a network failure and backs off.
        (outcome) => (outcome === BUSY ? BUSY_OUTCOME : outcome),
        (): TransferOutcome => ({ kind: 'failed', status: null, code: null }),
      );
      return {
        result,
        abort() {
          aborted = true;
          // Abort without terminating: the server keeps the bytes it has for the next try.
          void upload?.abort(false);
          stopSending();
        },
      };
    },
  };
}

function statusOf(error: Error | DetailedError): number | null {
  const response = (error as Partial<DetailedError>).originalResponse;
  return response ? response.getStatus() : null;
}

/**
 * A 409 to a PATCH is tus's offset mismatch (a retry asks HEAD for the offset
 * and goes on); a 409 to the creation is ours: the scan is already decided.
 */
function isOffsetConflict(error: Error | DetailedError): boolean {
  const request = (error as Partial<DetailedError>).originalRequest;
  return statusOf(error) === 409 && request?.getMethod() === 'PATCH';
}

function failureOf(error: Error | DetailedError): TransferOutcome {
  if (isOffsetConflict(error)) return { kind: 'failed', status: null, code: 'offset-conflict' };
  const status = statusOf(error);
  let code: string | null = null;
  const body = (error as Partial<DetailedError>).originalResponse?.getBody();
  if (body) {
    try {
      const parsed = JSON.parse(body) as { error?: { code?: unknown } };
      if (typeof parsed.error?.code === 'string') code = parsed.error.code;
    } catch {
      // Not our JSON error body (a proxy's page): the status says enough.
    }
  }
  return { kind: 'failed', status, code };
}
