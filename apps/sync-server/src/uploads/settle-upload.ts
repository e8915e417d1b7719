import { createReadStream } from 'node:fs';
import {
  checkReceivedFile,
  type DeclaredFile,
  type ErrorCode,
  type FileRejection,
  type ReceivedFile,
} from '@rodnik/domain';
import type { Logger } from 'pino';
import { blobKey, type BlobStore } from '../blobs/blob-store.ts';
import type { KeyLock } from '../blobs/key-lock.ts';
import { fileKey, releaseIfUnheld } from '../blobs/release-blob.ts';
import type { Clock } from '../deps.ts';
import type { Store, StoredDoc, StoreReads } from '../store/store.ts';
import type { Actor } from '../sync/actor.ts';
import { mayAttach } from './document-access.ts';
import { documentRejectedNotification } from './document-notifications.ts';
import { type ScanDecoder } from './decode-scan.ts';
import { enqueueDocumentSettled } from './document-settled.ts';
import { readReceivedFile } from './receive-file.ts';

export interface SettleDeps {
  store: Store;
  blobs: BlobStore;
  /** Held while bytes are stored and their record settles, so a release cannot cut in. */
  blobLocks: KeyLock;
  clock: Clock;
  logger: Logger;
  newId(): string;
  /** Wakes the job workers once the settled job is stored. */
  kickJobs(): void;
  /** Decodes an image's pixels off the request thread (`scanDecoder`). */
  decodeScan: ScanDecoder;
}

export type SettleOutcome = 'accepted' | 'rejected' | 'ignored';

/**
 * Decides a finished upload: the actor may still attach to the record, the
 * bytes are what the device declared (size, SHA-256, real type, whole
 * structure, an image that decodes within the pixel limits) and not the same
 * bytes already accepted on the same record. Accepted
 * bytes move into the blob store before the record says `accepted`, so an
 * accepted scan always has its bytes. The staged upload is the caller's to delete.
 */
export async function settleUpload(
  deps: SettleDeps,
  upload: { documentId: string; path: string; actor: Actor },
): Promise<SettleOutcome> {
  const doc = await deps.store.getDoc('documents', upload.documentId);
  if (!doc || doc.deleted || isSettled(doc)) return 'ignored';
  const received = await readReceivedFile(upload.path);
  const rejection = await judge(deps, upload.actor, doc, received);
  const settle = () => settleRecord(deps, upload.documentId, rejection, received.sha256);
  let outcome: SettleOutcome;
  if (rejection) {
    outcome = await settle();
  } else {
    const key = blobKey(doc.familyId, received.sha256);
    const released = { familyId: doc.familyId, sha256: received.sha256 };
    outcome = await deps.blobLocks.run(key, async () => {
      const stored = !(await deps.blobs.has(key));
      if (stored) await deps.blobs.put(key, createReadStream(upload.path));
      const settled = await settle();
      // Deleted while its bytes were on their way: keep nothing nobody holds.
      if (settled === 'ignored' && stored) await releaseIfUnheld(deps, released);
      return settled;
    });
  }
  if (outcome !== 'ignored') deps.kickJobs();
  deps.logger.info(
    { document: upload.documentId, outcome, code: rejection?.code },
    'upload settled',
  );
  return outcome;
}

/**
 * Records the outcome on the document. Accepted bytes are already in the blob
 * store, so an accepted scan always has its bytes.
 */
function settleRecord(
  deps: SettleDeps,
  documentId: string,
  rejection: FileRejection | null,
  sha256: string,
): Promise<SettleOutcome> {
  return deps.store.transaction(async (tx) => {
    const current = await tx.getDoc('documents', documentId);
    if (!current || current.deleted || isSettled(current)) return 'ignored' as const;
    const now = deps.clock.now().toISOString();
    if (rejection) {
      await tx.putDoc({
        ...current,
        data: { ...current.data, status: 'rejected', rejection, uploadedAt: now },
      });
      await tx.putDoc(documentRejectedNotification(deps.newId(), current, rejection, now));
    } else {
      await tx.putDoc({
        ...current,
        data: { ...current.data, status: 'accepted', rejection: null, uploadedAt: now },
        keys: [fileKey(current.familyId, sha256)],
      });
    }
    await enqueueDocumentSettled(tx, deps.newId(), current.id, now);
    return rejection ? ('rejected' as const) : ('accepted' as const);
  });
}

function isSettled(doc: StoredDoc): boolean {
  return doc.data.status === 'accepted' || doc.data.status === 'rejected';
}

async function judge(
  deps: { store: StoreReads; decodeScan: ScanDecoder },
  actor: Actor,
  doc: StoredDoc,
  received: ReceivedFile,
): Promise<FileRejection | null> {
  const { store } = deps;
  if (!(await mayAttach(store, actor, doc))) return reject('forbidden');
  const declared = {
    mimeType: doc.data.mimeType,
    size: doc.data.size,
    sha256: doc.data.sha256,
  } as DeclaredFile;
  const checked = checkReceivedFile(declared, received);
  if (checked) return checked;
  const decoded = await deps.decodeScan(received.bytes, declared.mimeType);
  if (decoded) return decoded;
  const holders = await store.findDocsByKey('documents', fileKey(doc.familyId, received.sha256));
  const sameRecord = holders.some(
    (other) =>
      other.id !== doc.id &&
      !other.deleted &&
      other.data.status === 'accepted' &&
      sameAttachment(other, doc),
  );
  return sameRecord ? reject('file-duplicate') : null;
}

/** Two documents are on the same record when they name the same child, application and account. */
function sameAttachment(a: StoredDoc, b: StoredDoc): boolean {
  return (['childId', 'applicationId', 'accountId'] as const).every(
    (field) => (a.data[field] ?? null) === (b.data[field] ?? null),
  );
}

const reject = (code: ErrorCode): FileRejection => ({ code, params: {} });
