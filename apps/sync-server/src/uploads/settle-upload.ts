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
import type { Clock } from '../deps.ts';
import type { Store, StoredDoc, StoreReads } from '../store/store.ts';
import type { Actor } from '../sync/actor.ts';
import { mayAttach } from './document-access.ts';
import { documentRejectedNotification } from './document-notifications.ts';
import { enqueueDocumentSettled } from './document-settled.ts';
import { readReceivedFile } from './receive-file.ts';

export interface SettleDeps {
  store: Store;
  blobs: BlobStore;
  clock: Clock;
  logger: Logger;
  newId(): string;
  /** Wakes the job workers once the settled job is stored. */
  kickJobs(): void;
}

export type SettleOutcome = 'accepted' | 'rejected' | 'ignored';

/** Lookup key of accepted bytes in a family, for the duplicate check. */
export const fileKey = (familyId: string, sha256: string) => `file:${familyId}:${sha256}`;

/**
 * Decides a finished upload: the actor may still attach to the record, the
 * bytes are what the device declared (size, SHA-256, real type, readable
 * image) and not the same bytes already accepted on the same record. Accepted
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
  const rejection = await judge(deps.store, upload.actor, doc, received);
  if (!rejection) {
    const key = blobKey(doc.familyId, received.sha256);
    if (!(await deps.blobs.has(key))) await deps.blobs.put(key, createReadStream(upload.path));
  }
  const outcome = await deps.store.transaction(async (tx) => {
    const current = await tx.getDoc('documents', upload.documentId);
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
        keys: [fileKey(current.familyId, received.sha256)],
      });
    }
    await enqueueDocumentSettled(tx, deps.newId(), current.id, now);
    return rejection ? ('rejected' as const) : ('accepted' as const);
  });
  if (outcome !== 'ignored') deps.kickJobs();
  deps.logger.info(
    { document: upload.documentId, outcome, code: rejection?.code },
    'upload settled',
  );
  return outcome;
}

function isSettled(doc: StoredDoc): boolean {
  return doc.data.status === 'accepted' || doc.data.status === 'rejected';
}

async function judge(
  store: StoreReads,
  actor: Actor,
  doc: StoredDoc,
  received: ReceivedFile,
): Promise<FileRejection | null> {
  if (!(await mayAttach(store, actor, doc))) return reject('forbidden');
  const declared = {
    mimeType: doc.data.mimeType,
    size: doc.data.size,
    sha256: doc.data.sha256,
  } as DeclaredFile;
  const checked = checkReceivedFile(declared, received);
  if (checked) return checked;
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
