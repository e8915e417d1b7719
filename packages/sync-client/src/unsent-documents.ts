import {
  getAssumedMasterState,
  getChangedDocumentsSince,
  writeDocToDocState,
  type RxDocumentData,
  type RxStorageInstanceReplicationState,
} from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { Checkpoint } from '@rodnik/domain';
import type { AnyDoc } from './collections.ts';

type Replication = RxReplicationState<AnyDoc, Checkpoint>;
type State = RxStorageInstanceReplicationState<AnyDoc>;

const PAGE = 200;

/**
 * The local documents whose state differs from the master RxDB assumes the
 * server holds (the replication's meta instance): what still has to reach the
 * server. A document RxDB has not pushed yet, one whose push failed, and a
 * merged conflict waiting to go are all here; one equal to its master is not.
 * Resolves once the replication has started (it owns the meta instance);
 * rejects once it has stopped.
 */
export async function unsentDocuments(
  replication: Replication,
  ids?: readonly string[],
): Promise<RxDocumentData<AnyDoc>[]> {
  await replication.startPromise;
  const state = replication.internalReplicationState;
  // A stopped replication has closed its meta instance: nothing can be told, so nothing
  // may count as sent (a pending mark cleared now would let the device be wiped).
  if (!state || replication.isStopped()) throw new Error('replication stopped');
  if (ids) {
    if (ids.length === 0) return [];
    return differing(state, await state.input.forkInstance.findDocumentsById([...ids], true));
  }
  const found: RxDocumentData<AnyDoc>[] = [];
  let checkpoint: unknown;
  for (;;) {
    const page = await getChangedDocumentsSince(state.input.forkInstance, PAGE, checkpoint);
    if (page.documents.length === 0) return found;
    found.push(...(await differing(state, page.documents)));
    checkpoint = page.checkpoint;
  }
}

async function differing(
  state: State,
  docs: RxDocumentData<AnyDoc>[],
): Promise<RxDocumentData<AnyDoc>[]> {
  if (docs.length === 0) return [];
  const assumed = await getAssumedMasterState(
    state,
    docs.map((d) => d.id),
  );
  return docs.filter((doc) => {
    const master = assumed[doc.id];
    if (!master) return true;
    // A merged conflict is pushed even when it equals the master (RxDB's own rule).
    if (master.metaDocument.isResolvedConflict === doc._rev) return true;
    return !state.input.conflictHandler.isEqual(
      master.docData,
      writeDocToDocState(doc, state.hasAttachments, false),
      'rodnik-unsent-check',
    );
  });
}

/**
 * The guard behind RxDB's upstream bookkeeping (docs/decisions.md, «Offline
 * mid-push»): every document that differs from its assumed master is written
 * again unchanged (a new revision), so the upstream sees a local change and
 * pushes it, whatever its checkpoint says. Run once the replication started.
 */
export async function repushUnsent(replication: Replication): Promise<number> {
  const unsent = await unsentDocuments(replication);
  if (unsent.length === 0) return 0;
  // A write that loses to a newer one (409) is fine: that newer write is pushed anyway.
  await replication.collection.storageInstance.bulkWrite(
    unsent.map((doc) => ({ previous: doc, document: doc })),
    'rodnik-repush-unsent',
  );
  return unsent.length;
}
