import { Checkpoint } from '@rodnik/domain';
import {
  createRevision,
  getMetaWriteRow,
  now,
  setCheckpoint,
  type BulkWriteRow,
  type RxStorageInstanceReplicationState,
  type RxStorageReplicationMeta,
  type RxStorageWriteError,
  type WithDeleted,
} from 'rxdb';
import type { AnyDoc } from './collections.ts';

export interface PulledPage {
  documents: WithDeleted<AnyDoc>[];
  checkpoint: Checkpoint;
}

type State = RxStorageInstanceReplicationState<AnyDoc>;
type MetaRow = BulkWriteRow<RxStorageReplicationMeta<AnyDoc, Checkpoint>>;

/**
 * A collection's first sync, written the short way (issue 14). RxDB's
 * downstream reads the device's copy and its assumed master before every
 * write, each in a transaction of its own; while the down checkpoint is
 * empty there is nothing to read, so each pulled page is written with one
 * storage `bulkWrite` of the documents, then one of their assumed-master rows
 * (`getMetaWriteRow`, RxDB's own shape), then the checkpoint (`setCheckpoint`),
 * in that order: a stop in between leaves the page to be pulled again. The
 * documents carry the downstream's write flag and origin tag (`_meta.o`), so
 * the upstream never takes them for local changes, and RxDB recognises them
 * as pulled if their meta rows never got written.
 *
 * Resolves with `null` once the server has no more (RxDB continues from the
 * checkpoint written here), or with a page RxDB must write itself: one holding
 * a document already on the device, whose write needs RxDB's comparison with
 * its local changes.
 */
export async function writeFirstSync(
  state: State,
  pull: (after: number) => Promise<PulledPage>,
  pageSize: number,
): Promise<PulledPage | null> {
  const identifierHash = await state.input.hashFunction(state.input.identifier);
  const flag = await state.downstreamBulkWriteFlag;
  // Resumes where a first sync stopped by an error got to (this module's checkpoints).
  const stored = Checkpoint.safeParse(state.lastCheckpointDoc.down?.checkpointData);
  let next: Promise<PulledPage> | null = pull(stored.success ? stored.data.seq : 0);
  while (next && !state.events.canceled.getValue()) {
    const page = await next;
    next = null;
    if (page.documents.length === 0) return null;
    // The next page travels while this one is written.
    if (page.documents.length >= pageSize) {
      next = pull(page.checkpoint.seq);
      next.catch(() => undefined);
    }
    const onDevice = await writePage(state, page, identifierHash, flag);
    if (onDevice) return page;
  }
  return null;
}

/** Writes one page; true when a document was already on the device (RxDB takes the page). */
async function writePage(
  state: State,
  page: PulledPage,
  identifierHash: string,
  flag: string,
): Promise<boolean> {
  const rows: BulkWriteRow<AnyDoc>[] = page.documents.map((doc) => ({
    document: {
      ...doc,
      _attachments: {},
      _rev: createRevision(identifierHash),
      // What RxDB's downstream writes: pulled, revision height 1.
      _meta: { lwt: now(), o: { _rev: 1, hash: identifierHash } },
    },
  }));
  const forkResult = await state.input.forkInstance.bulkWrite(rows, flag);
  throwUnexpected(forkResult.error);
  const onDevice = new Set(forkResult.error.map((e) => e.documentId));
  const written = page.documents.filter((doc) => !onDevice.has(doc.id));
  await writeMeta(state, written);
  // A page RxDB takes over gets its checkpoint from RxDB, after RxDB wrote it.
  if (onDevice.size > 0) return true;
  await setCheckpoint(state, 'down', page.checkpoint);
  return false;
}

/** The documents' assumed-master rows; one already there (a stop mid-page) is replaced. */
async function writeMeta(state: State, masters: WithDeleted<AnyDoc>[]): Promise<void> {
  if (masters.length === 0) return;
  const rows = await Promise.all(masters.map((doc) => getMetaWriteRow(state, doc)));
  const result = await state.input.metaInstance.bulkWrite(rows, 'replication-down-write-meta');
  throwUnexpected(result.error);
  if (result.error.length === 0) return;
  const byId = new Map(masters.map((doc) => [doc.id, doc]));
  const again: MetaRow[] = [];
  for (const error of result.error) {
    const master = error.status === 409 && byId.get(error.documentInDb.itemId);
    if (master) again.push(await getMetaWriteRow(state, master, error.documentInDb));
  }
  const retry = await state.input.metaInstance.bulkWrite(again, 'replication-down-write-meta');
  if (retry.error.length > 0)
    throw new Error(`first sync: ${retry.error.length} meta rows refused`);
}

function throwUnexpected<T>(errors: RxStorageWriteError<T>[]): void {
  const other = errors.find((error) => error.status !== 409);
  if (other) throw new Error(`first sync: write refused (${other.status}) for ${other.documentId}`);
}
