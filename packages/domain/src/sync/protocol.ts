import { z } from 'zod';

/**
 * The replication wire contract (DESIGN §2), shared by the RxDB client and
 * the sync server. Endpoints are versioned; an outdated client is told so
 * with HTTP 426 instead of writing data in a shape the server no longer reads.
 */
export { API_BASE, API_VERSION, PROTOCOL_HEADER } from './api-version.ts';

export const COLLECTION_NAMES = [
  'children',
  'documents',
  'applications',
  'links',
  'notifications',
  'members',
  'diary',
] as const;
export const CollectionName = z.enum(COLLECTION_NAMES);
export type CollectionName = z.infer<typeof CollectionName>;

export const Checkpoint = z.object({ seq: z.number().int().min(0) });
export type Checkpoint = z.infer<typeof Checkpoint>;

/**
 * A first sync pulls pages this large: each page costs RxDB a lookup, a write
 * and a checkpoint in IndexedDB, so fewer pages sync faster (2,000 records:
 * ≈650 ms at 500 a page, ≈580 ms at 2,000; bench `initial-sync`).
 */
export const MAX_PULL_LIMIT = 2_000;
export const PullQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(100),
});
export type PullQuery = z.infer<typeof PullQuery>;

/** A replicated document as it travels: ids and sequence plus any fields. */
export const WireDocument = z.looseObject({
  id: z.string().min(1).max(64),
  familyId: z.string().max(64).optional(),
  serverSeq: z.number().int().min(0).optional(),
  _deleted: z.boolean().optional(),
});
export type WireDocument = z.infer<typeof WireDocument>;

export const PullResponse = z.object({
  documents: z.array(WireDocument),
  checkpoint: Checkpoint,
});
export type PullResponse = z.infer<typeof PullResponse>;

export const PushRow = z.object({
  assumedMasterState: WireDocument.nullish(),
  newDocumentState: WireDocument,
});
export type PushRow = z.infer<typeof PushRow>;

export const MAX_PUSH_ROWS = 500;
export const PushBody = z.array(PushRow).max(MAX_PUSH_ROWS);
export type PushBody = z.infer<typeof PushBody>;

/**
 * Set, on the wire only (never stored), on a master a push answers when the
 * pushed row replays a write the server applied before and a newer write
 * followed (docs/sync-rules.md, "Replays"): the device's write already landed
 * and was superseded by someone who saw it, so the device takes that master
 * whole, without the marker.
 */
export const REPLAYED_MARKER = '_replayed';

/**
 * Set, on the wire only, on a master a push answers when a rule refused part
 * of the row for a reason its master cannot show (a send over the family's
 * daily quota: the draft is stored, the send is not). Its value is the
 * `ConflictReason`; the device keeps the refused change beside its field with
 * that reason (`keepRefusedChange`) and drops the marker.
 */
export const REFUSED_MARKER = '_refused';

/** Push answers with the master state of every row that conflicts. */
export const PushResponse = z.array(WireDocument);
export type PushResponse = z.infer<typeof PushResponse>;

/**
 * What the live stream sends. A checkpoint tells a client that a collection
 * moved on, so it pulls at once; RESYNC after a reconnect makes it catch up.
 */
export const StreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('checkpoint'), collection: CollectionName, checkpoint: Checkpoint }),
  z.object({ type: z.literal('resync') }),
]);
export type StreamEvent = z.infer<typeof StreamEvent>;
