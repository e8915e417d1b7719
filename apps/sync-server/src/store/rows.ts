import type { CollectionName } from '@rodnik/domain';
import type {
  Account,
  Job,
  Invitation,
  LinkCode,
  NewDoc,
  PushReceipt,
  StoredDoc,
  StoredDocJson,
} from './store.ts';

/** Rows as both SQL adapters read them; column names are the same in both. */
export type Row = Record<string, unknown>;

export function stripKeys(doc: NewDoc): Omit<StoredDoc, 'seq'> {
  const { keys: _keys, ...rest } = doc;
  return rest;
}

export function toDoc(row: Row): StoredDoc {
  return { ...docHeader(row), data: JSON.parse(String(row.data)) as Record<string, unknown> };
}

/** A row whose data an adapter read as UTF-8 bytes (or as text, encoded here). */
export function toDocJson(row: Row): StoredDocJson {
  const data = row.data;
  return {
    ...docHeader(row),
    dataJson: Buffer.isBuffer(data) ? data : Buffer.from(String(data), 'utf8'),
  };
}

function docHeader(row: Row): Omit<StoredDoc, 'data'> {
  return {
    collection: String(row.collection) as CollectionName,
    id: String(row.id),
    familyId: String(row.family_id),
    childId: nullableString(row.child_id),
    // BIGINT arrives as a string from pg.
    seq: Number(row.seq),
    deleted: Number(row.deleted) === 1,
  };
}

export function toAccount(row: Row): Account {
  return {
    id: String(row.id),
    familyId: String(row.family_id),
    role: String(row.role) as Account['role'],
    surname: String(row.surname),
    givenName: String(row.given_name),
    patronymic: nullableString(row.patronymic),
    phone: nullableString(row.phone),
    email: nullableString(row.email),
    passwordHash: String(row.password_hash),
    phoneConfirmedAt: nullableString(row.phone_confirmed_at),
    emailConfirmedAt: nullableString(row.email_confirmed_at),
    createdAt: String(row.created_at),
    childId: nullableString(row.child_id),
    login: nullableString(row.login),
  };
}

export function toPushReceipt(row: Row): PushReceipt {
  return {
    collection: String(row.collection) as CollectionName,
    id: String(row.id),
    fingerprint: String(row.fingerprint),
    seq: Number(row.seq),
  };
}

export function toLinkCode(row: Row): LinkCode {
  return {
    childId: String(row.child_id),
    linkId: String(row.link_id),
    familyId: String(row.family_id),
    codeHash: String(row.code_hash),
    issuedAt: String(row.issued_at),
    expiresAt: String(row.expires_at),
  };
}

export function toInvitation(row: Row): Invitation {
  return {
    contact: String(row.contact),
    familyId: String(row.family_id),
    invitedBy: String(row.invited_by),
    codeHash: String(row.code_hash),
    expiresAt: String(row.expires_at),
    createdAt: String(row.created_at),
  };
}

export function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A claimed job as both adapters hand it out. */
export function toClaimedJob(row: Row): Job {
  return {
    id: String(row.id),
    kind: String(row.kind),
    payload: JSON.parse(String(row.payload)) as Record<string, unknown>,
    status: 'running',
    attempts: Number(row.attempts),
    runAfter: String(row.run_after),
    lastError: nullableString(row.last_error),
  };
}

/** Account fields by column, in insert order; undefined ones are left alone on update. */
export function accountColumns(a: Partial<Account>): Record<string, unknown> {
  return {
    id: a.id,
    family_id: a.familyId,
    role: a.role,
    surname: a.surname,
    given_name: a.givenName,
    patronymic: a.patronymic,
    phone: a.phone,
    email: a.email,
    password_hash: a.passwordHash,
    phone_confirmed_at: a.phoneConfirmedAt,
    email_confirmed_at: a.emailConfirmedAt,
    created_at: a.createdAt,
    child_id: a.childId,
    login: a.login,
  };
}

/** The columns a job update may change. */
export function jobColumns(patch: Partial<Omit<Job, 'id' | 'kind'>>): Record<string, unknown> {
  return {
    payload: patch.payload === undefined ? undefined : JSON.stringify(patch.payload),
    status: patch.status,
    attempts: patch.attempts,
    run_after: patch.runAfter,
    last_error: patch.lastError,
  };
}
