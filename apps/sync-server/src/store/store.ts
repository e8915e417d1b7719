import type { CollectionName } from '@rodnik/domain';
import type { SlotHoldReads, SlotHoldWrites } from './slot-holds.ts';

/**
 * The storage port. The server's logic speaks only to this interface; the
 * SQLite adapter is the embedded default, and a PostgreSQL adapter plugs in
 * behind the same methods (the SQL stays portable: no JSON operators, no
 * upserts beyond ON CONFLICT, lookups through plain key tables).
 */

export interface StoredDoc {
  collection: CollectionName;
  id: string;
  familyId: string;
  /** The child the document concerns, so a child account sees only its own. */
  childId: string | null;
  seq: number;
  deleted: boolean;
  data: Record<string, unknown>;
}

/**
 * A stored document whose `data` is left as the UTF-8 bytes of its JSON: a
 * pull that needs no per-reader rewriting writes them to the wire as they are.
 */
export type StoredDocJson = Omit<StoredDoc, 'data'> & { dataJson: Buffer };

export type NewDoc = Omit<StoredDoc, 'seq'> & {
  /** Lookup keys (e.g. a birth certificate) for duplicate checks. */
  keys?: string[];
};

/**
 * A push row the server applied to a document (docs/sync-rules.md,
 * "Replays"): its fingerprint and the sequence number its write produced.
 */
export interface PushReceipt {
  collection: CollectionName;
  id: string;
  fingerprint: string;
  seq: number;
}

/** Receipts kept per document, newest first: a replay older than these is judged by content. */
export const PUSH_RECEIPTS_KEPT = 16;

export type AccountRole = 'parent' | 'child' | 'operator';

export interface Account {
  id: string;
  familyId: string;
  role: AccountRole;
  surname: string;
  givenName: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
  passwordHash: string;
  phoneConfirmedAt: string | null;
  emailConfirmedAt: string | null;
  createdAt: string;
  /** A child account: the child card it belongs to (null until linked). */
  childId: string | null;
  /** A simplified child account's Latin login (lower-case); null for everyone else. */
  login: string | null;
}

export interface Session {
  tokenHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** Codes sent to an account's own contact. */
export type SentCodePurpose =
  | 'confirm-phone'
  | 'confirm-email'
  | 'sign-in'
  | 'password-reset'
  /** A new phone or e-mail of a signed-in account (the code is bound to the new value). */
  | 'change-phone'
  | 'change-email';
/**
 * `link` and `invitation` rows hold no code, only an account's wrong tries and
 * lock-out for linking a child account and for accepting an invitation.
 */
export type CodePurpose = SentCodePurpose | 'link' | 'invitation';

export interface OneTimeCode {
  accountId: string;
  purpose: CodePurpose;
  codeHash: string | null;
  expiresAt: string | null;
  attempts: number;
  lockedUntil: string | null;
  lastSentAt: string | null;
}

export type Channel = 'sms' | 'email';

/** The one live linking code of a child card (the plaintext is never stored). */
export interface LinkCode {
  childId: string;
  linkId: string;
  familyId: string;
  codeHash: string;
  issuedAt: string;
  expiresAt: string;
}

/** An invitation of a second parent, keyed by the contact it was sent to. */
export interface Invitation {
  /** `phone:+7…` or `email:…`. */
  contact: string;
  familyId: string;
  invitedBy: string;
  codeHash: string;
  expiresAt: string;
  createdAt: string;
}

export interface OutboxMessage {
  id: string;
  channel: Channel;
  to: string;
  purpose: string;
  text: string;
  createdAt: string;
}

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

/**
 * How long a claimed job belongs to its worker. Jobs take milliseconds; a
 * worker that died leaves its jobs to others after this. Handlers are safe
 * to run twice, so a job that outlives its lease costs a repeat, not an error.
 */
export const JOB_LEASE_MS = 60_000;

/** When a job claimed at `now` may be taken by another worker. */
export function leaseEnd(now: string): string {
  return new Date(Date.parse(now) + JOB_LEASE_MS).toISOString();
}

export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  attempts: number;
  runAfter: string;
  lastError: string | null;
}

/** A committed change, announced to live streams after the commit. */
export interface DocChange {
  collection: CollectionName;
  familyId: string;
  childId: string | null;
  seq: number;
}

/**
 * A page of the live documents holding a lookup key: those whose top-level
 * `equal` fields hold the given strings, ordered by the top-level `orderBy`
 * string field, newest (greatest) first, a missing one counting as '' and the
 * id breaking ties; `after` is where the previous page ended.
 */
export interface KeyPageQuery {
  equal: Readonly<Record<string, string>>;
  orderBy: string;
  after: { value: string; id: string } | null;
  limit: number;
}

/** Where a page of `pageDocsByKey` ended, for the next one. */
export function keyPageCursor(doc: StoredDoc, orderBy: string): { value: string; id: string } {
  const value = doc.data[orderBy];
  return { value: typeof value === 'string' ? value : '', id: doc.id };
}

/** A top-level field name for a JSON lookup: the names come from code, but a path is never trusted. */
export function checkedFieldName(field: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`not a field name: ${field}`);
  return field;
}

export interface StoreReads extends SlotHoldReads {
  getDoc(collection: CollectionName, id: string): Promise<StoredDoc | null>;
  /** Several documents of one collection at once (a push batch's masters), in any order. */
  getDocs(collection: CollectionName, ids: readonly string[]): Promise<StoredDoc[]>;
  /** Documents of one collection after `after`, in `seq` order, for one scope. */
  pullDocs(
    collection: CollectionName,
    scope: { familyId: string; childId?: string | null },
    after: number,
    limit: number,
  ): Promise<StoredDoc[]>;
  /** The same page as `pullDocs`, each document's data left as the bytes of its JSON. */
  pullDocsJson(
    collection: CollectionName,
    scope: { familyId: string; childId?: string | null },
    after: number,
    limit: number,
  ): Promise<StoredDocJson[]>;
  /** Documents of a collection holding a lookup key, in any family. */
  findDocsByKey(collection: CollectionName, key: string): Promise<StoredDoc[]>;
  /** One page of them, filtered and ordered in the database (see `KeyPageQuery`). */
  pageDocsByKey(collection: CollectionName, key: string, page: KeyPageQuery): Promise<StoredDoc[]>;
  /** The kept push receipts of several documents of one collection, in any order. */
  getPushReceipts(collection: CollectionName, ids: readonly string[]): Promise<PushReceipt[]>;
  getAccount(id: string): Promise<Account | null>;
  findAccountByLogin(login: {
    phone?: string;
    email?: string;
    login?: string;
  }): Promise<Account | null>;
  /** Every account of a family, oldest first. */
  listFamilyAccounts(familyId: string): Promise<Account[]>;
  getLinkCode(childId: string): Promise<LinkCode | null>;
  getInvitation(contact: string): Promise<Invitation | null>;
  getSession(tokenHash: string): Promise<Session | null>;
  getCode(accountId: string, purpose: CodePurpose): Promise<OneTimeCode | null>;
  listOutbox(limit: number): Promise<OutboxMessage[]>;
  /** The highest sequence number written so far. */
  currentSeq(): Promise<number>;
}

export interface StoreWrites extends StoreReads, SlotHoldWrites {
  /** Writes a document with the next number of the one global sequence. */
  putDoc(doc: NewDoc): Promise<StoredDoc>;
  /**
   * Records a receipt (replacing one with the same fingerprint) and drops the
   * document's receipts beyond the newest `PUSH_RECEIPTS_KEPT`.
   */
  putPushReceipt(receipt: PushReceipt): Promise<void>;
  insertFamily(id: string, createdAt: string): Promise<void>;
  insertAccount(account: Account): Promise<void>;
  updateAccount(id: string, patch: Partial<Omit<Account, 'id'>>): Promise<void>;
  insertSession(session: Session): Promise<void>;
  revokeSession(tokenHash: string, at: string): Promise<void>;
  /** Ends every session of the account, but for `except` (a token hash) when given. */
  revokeSessionsOf(accountId: string, at: string, except?: string): Promise<void>;
  putCode(code: OneTimeCode): Promise<void>;
  /** Replaces the child's live linking code (one per child). */
  putLinkCode(code: LinkCode): Promise<void>;
  deleteLinkCode(childId: string): Promise<void>;
  /** Replaces the live invitation to that contact (one per contact). */
  putInvitation(invitation: Invitation): Promise<void>;
  deleteInvitation(contact: string): Promise<void>;
  addOutbox(message: OutboxMessage): Promise<void>;
  /** Deletes outbox messages older than `before` (they hold codes); returns how many. */
  pruneOutbox(before: string): Promise<number>;
  enqueueJob(job: Job): Promise<void>;
  /**
   * Takes up to `limit` due jobs: pending ones whose time has come, and running
   * ones whose lease ran out (their worker died). A claimed job is leased until
   * `now + JOB_LEASE_MS` (kept in `runAfter`), so no other worker takes it meanwhile.
   */
  claimJobs(kind: string, now: string, limit: number): Promise<Job[]>;
  updateJob(id: string, patch: Partial<Omit<Job, 'id' | 'kind'>>): Promise<void>;
  /**
   * The next number of a year's request counter (1, 2, …). Taken inside the
   * caller's transaction, so a rollback gives the number back: no gaps.
   */
  nextRequestNumber(year: number): Promise<number>;
}

/**
 * The one family whose documents a transaction writes. Scoped transactions of
 * different families may run at the same time (PostgreSQL: a lock per family,
 * not one for every writer); a scoped transaction writing another family's
 * document fails. Unscoped ones exclude every other document writer.
 */
export interface TransactionScope {
  familyId: string;
}

export interface Store extends StoreReads {
  /** Runs `fn` in one transaction; changes are announced after commit. */
  transaction<T>(fn: (tx: StoreWrites) => Promise<T>, scope?: TransactionScope): Promise<T>;
  /**
   * At start: puts back the jobs a stopped server left `running`, where that is
   * safe. SQLite has one server per file, so all of them at once; PostgreSQL
   * may have other live instances running theirs, so none: their leases expire.
   */
  recoverJobs(): Promise<number>;
  onCommit(listener: (changes: DocChange[]) => void): () => void;
  /**
   * Called when other instances' changes may have been missed (PostgreSQL's
   * change feed was down and is back); SQLite, one server per file, never calls it.
   */
  onMissedChanges(listener: () => void): () => void;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
