import { hash } from 'node:crypto';
import { canonicalJson, REPLAYED_MARKER } from '@rodnik/domain';
import type { StoredDoc } from '../store/store.ts';

/**
 * Push receipts (docs/sync-rules.md, "Replays"): the server remembers which
 * rows it applied to a document, so a row arriving again after a newer write
 * is known as a replay even when the document's contents came back to what
 * the row assumed (A → B → A').
 */

/**
 * One row's identity: the `serverSeq` its device assumed (`none` for a row
 * with no assumed state) and the client-owned state it sends, deletion
 * included, as the device sent them (before any server stamp).
 */
export function pushFingerprint(
  assumedSeq: number | null,
  client: Record<string, unknown>,
  deleted: boolean,
): string {
  const identity = canonicalJson([assumedSeq ?? 'none', client, deleted]);
  // One-shot: no Hash object per row.
  return hash('sha256', identity, 'hex');
}

/** Where a receipt is kept in memory during one push batch. */
export function receiptKey(id: string, fingerprint: string): string {
  return `${id}\n${fingerprint}`;
}

/**
 * The answer to a replay of a write that landed and was followed by a newer
 * one: the current master, marked so the device takes it whole.
 */
export function replayedAnswer(master: StoredDoc): StoredDoc {
  return { ...master, data: { ...master.data, [REPLAYED_MARKER]: true } };
}
