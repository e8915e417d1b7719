import type { COLLECTIONS, CollectionName, ConflictReason, WireDocument } from '@rodnik/domain';
import type { z } from 'zod';
import { ApiFailure } from '../http/api-failure.ts';
import type { StoredDoc, StoreReads, StoreWrites } from '../store/store.ts';
import type { Actor } from './actor.ts';

/**
 * The contract of a collection's policy (docs/sync-rules.md, «Policies per
 * collection»): one module per collection decides every device write and
 * what each reader pulls, like CouchDB's `validate_doc_update`. Policies
 * import this file, never `apply-push.ts`; the push loop calls them in order:
 *
 * 1. `authorize` — may this actor write this row at all? Throws 403 (the whole
 *    batch is refused: a device never sends such a row by mistake) or answers
 *    `refuse` (this row only: its device gets the master back).
 * 2. the generic conflict check (apply-push.ts): deletion, replays, unseen
 *    changes — the same for every collection.
 * 3. `beforeWrite` — the write the rules allow: the data to store (server
 *    stamps, status moves) or a refusal with its reason.
 * 4. `afterWrite` — what the write sets going in the same transaction (jobs,
 *    purges, scans taken along).
 * 5. `project` — on pull and in a push's conflicts: the document as this reader
 *    sees it, or `null` when the reader may not see it at all.
 */

type Def<C extends CollectionName> = (typeof COLLECTIONS)[C];

/** The client-owned fields of a collection, as the schema parsed them. */
export type ClientOf<C extends CollectionName> = z.output<Def<C>['client']>;
/** A stored document's data: client- and server-owned fields (the server wrote them parsed). */
export type DataOf<C extends CollectionName> = ClientOf<C> & z.output<Def<C>['server']>;

/** A stored document of one collection, its data typed. */
export type TypedDoc<C extends CollectionName> = Omit<StoredDoc, 'collection' | 'data'> & {
  collection: C;
  data: DataOf<C>;
};

/** What a push transaction offers a policy. */
export interface PolicyContext {
  tx: StoreWrites;
  actor: Actor;
  /** The push's instant, ISO. */
  now: string;
  /** The same instant, for code that takes a Date. */
  at: Date;
  newId(): string;
  /** Keys the linking codes a `links` push issues. */
  secret: Uint8Array;
  /** The batch's masters by id: later rows see earlier writes; a policy's own writes go here. */
  masters: Map<string, StoredDoc>;
  /** Background work this push queued, to wake after commit. */
  queued: { verification: boolean; arrival: boolean };
}

/** A device's row, its client-owned fields parsed. `authorize` may complete them. */
export interface PushedRow<C extends CollectionName> {
  id: string;
  client: ClientOf<C>;
  deleted: boolean;
}

/** A write that passed the conflict check, for the policy to judge and shape. */
export interface Change<C extends CollectionName> {
  id: string;
  master: TypedDoc<C> | null;
  /** The master's data with the device's client-owned fields over it. */
  data: DataOf<C>;
  deleted: boolean;
  /** Only the conflicts list changed: every collection's rule lets that pass. */
  conflictsOnly: boolean;
}

/** A refused row: the device gets the master back, marked with `reason` when it cannot tell. */
export interface Refusal {
  kind: 'refuse';
  /** Named on the answer (`REFUSED_MARKER`) when the master alone would not say why. */
  reason?: ConflictReason;
}

/** What to store, and what `afterWrite` needs to know about it. */
export interface Write<C extends CollectionName, Effects = undefined> {
  kind: 'write';
  data: DataOf<C>;
  /** Lookup keys to store with the document; left as they are when absent. */
  keys?: string[];
  /**
   * Part of the row was refused although a write is stored (a draft saved,
   * its send over the quota): the device gets the written master marked with this reason.
   */
  refusedPart?: ConflictReason;
  effects: Effects;
}

export type Gate = 'pass' | 'refuse';

/** Who reads, on pull: the actor, and what the policy may read to show them a document. */
export interface ReaderContext {
  actor: Actor;
  store: StoreReads;
  secret: Uint8Array;
}

export interface CollectionPolicy<C extends CollectionName, Effects = undefined> {
  readonly collection: C;
  authorize(ctx: PolicyContext, row: PushedRow<C>, master: TypedDoc<C> | null): Promise<Gate>;
  beforeWrite(ctx: PolicyContext, change: Change<C>): Promise<Write<C, Effects> | Refusal>;
  afterWrite(
    ctx: PolicyContext,
    written: TypedDoc<C>,
    change: Change<C>,
    effects: Effects,
  ): Promise<void>;
  /** Whether `project` can change what this reader gets; when not, pulls send stored bytes as they are. */
  projects(actor: Actor): boolean;
  project(
    reader: ReaderContext,
    doc: TypedDoc<C>,
    wire: WireDocument,
  ): Promise<WireDocument | null>;
}

/** A registry entry: any collection's policy, whatever its effects. */
// Effects differ per policy and only flow from its beforeWrite to its own afterWrite.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPolicy = CollectionPolicy<CollectionName, any>;

/** A row this account may not write: the whole batch is refused. */
export function forbiddenRow(): ApiFailure {
  return new ApiFailure(403, 'forbidden');
}

export const refuse = (reason?: ConflictReason): Refusal =>
  reason ? { kind: 'refuse', reason } : { kind: 'refuse' };

/** The document as stored, for a policy with nothing to rewrite. */
export const asStored = (_reader: ReaderContext, _doc: StoredDoc, wire: WireDocument) =>
  Promise.resolve(wire);

/** A stored document as its collection's typed document (the server wrote its data parsed). */
export function typed<C extends CollectionName>(doc: StoredDoc): TypedDoc<C>;
export function typed<C extends CollectionName>(doc: StoredDoc | null): TypedDoc<C> | null;
export function typed<C extends CollectionName>(doc: StoredDoc | null): TypedDoc<C> | null {
  return doc as TypedDoc<C> | null;
}
