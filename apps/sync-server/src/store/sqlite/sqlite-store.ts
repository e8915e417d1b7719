import Database from 'better-sqlite3';
import { MIGRATIONS } from '../migrations.ts';
import {
  accountColumns,
  jobColumns,
  toClaimedJob,
  nullableString,
  stripKeys,
  toAccount,
  toDoc,
  toDocJson,
  toInvitation,
  toLinkCode,
  toPushReceipt,
  type Row,
} from '../rows.ts';
import type {
  Account,
  CodePurpose,
  DocChange,
  Invitation,
  Job,
  LinkCode,
  NewDoc,
  OneTimeCode,
  OutboxMessage,
  Session,
  Store,
  StoredDoc,
  StoreReads,
  StoreWrites,
} from '../store.ts';
import { checkedFieldName, leaseEnd, PUSH_RECEIPTS_KEPT } from '../store.ts';
import { flushingFirst, receiptIdsByCollection, WriteBatch } from '../write-batch.ts';
import { sqliteSlotHoldReads, sqliteSlotHoldWrites } from './sqlite-slot-holds.ts';

type Db = Database.Database;

/**
 * The embedded default store: one SQLite file in WAL mode. Writes go through
 * one connection, one transaction at a time (SQLite has one writer anyway),
 * so the global sequence is assigned in commit order and a checkpoint never
 * skips a row. Reads use a second connection and see only committed data.
 */
export async function openSqliteStore(file: string): Promise<Store> {
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = NORMAL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  migrate(writer);
  const reader = file === ':memory:' ? writer : new Database(file, { readonly: true });
  if (reader !== writer) reader.pragma('busy_timeout = 5000');

  const reads = sqliteReads(reader);
  const listeners = new Set<(changes: DocChange[]) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  const store: Store = {
    ...reads,
    // One writer for the whole file: a family scope changes nothing here.
    transaction<T>(fn: (tx: StoreWrites) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        const changes: DocChange[] = [];
        writer.exec('BEGIN IMMEDIATE');
        try {
          const sequence: Sequence = { last: null };
          const writes = sqliteWrites(writer, changes, sequence);
          const result = await fn(writes.tx);
          writes.flush();
          if (sequence.last !== null) {
            prepared(writer, `UPDATE meta SET value = ? WHERE key = 'seq'`).run(
              String(sequence.last),
            );
          }
          writer.exec('COMMIT');
          if (changes.length > 0) for (const listener of listeners) listener(changes);
          return result;
        } catch (error) {
          if (writer.inTransaction) writer.exec('ROLLBACK');
          throw error;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    async recoverJobs() {
      // One server per file: whatever it left running is nobody's now, due at once.
      return prepared(
        writer,
        `UPDATE jobs SET status = 'pending', run_after = ? WHERE status = 'running'`,
      ).run(new Date(0).toISOString()).changes;
    },
    onMissedChanges() {
      // One server per file: every change is this process's own.
      return () => undefined;
    },
    onCommit(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ping() {
      return prepared(reader, 'SELECT 1 AS ok').get() !== undefined;
    },
    async close() {
      await queue;
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
  return store;
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** Preparing a statement costs more than running it: each SQL text is prepared once per connection. */
function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)');
  const row = prepared(db, 'SELECT MAX(version) AS v FROM schema_migrations').get() as Row;
  const current = Number(row.v ?? 0);
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (version <= current) return;
    db.transaction(() => {
      db.exec(sql);
      prepared(db, 'INSERT INTO schema_migrations (version) VALUES (?)').run(version);
    })();
  });
}

function sqliteReads(db: Db): StoreReads {
  const reads: StoreReads = {
    ...sqliteSlotHoldReads(db),
    async getDoc(collection, id) {
      const row = prepared(db, 'SELECT * FROM docs WHERE collection = ? AND id = ?').get(
        collection,
        id,
      ) as Row | undefined;
      return row ? toDoc(row) : null;
    },
    async getDocs(collection, ids) {
      if (ids.length === 0) return [];
      const rows = prepared(
        db,
        'SELECT * FROM docs WHERE collection = ? AND id IN (SELECT value FROM json_each(?))',
      ).all(collection, JSON.stringify(ids)) as Row[];
      return rows.map(toDoc);
    },
    async pullDocs(collection, scope, after, limit) {
      return pullRows(db, '*', collection, scope, after, limit).map(toDoc);
    },
    async pullDocsJson(collection, scope, after, limit) {
      // As a BLOB the JSON arrives as the UTF-8 bytes SQLite holds, never decoded to a JS string.
      const columns =
        'collection, id, family_id, child_id, seq, deleted, CAST(data AS BLOB) AS data';
      return pullRows(db, columns, collection, scope, after, limit).map(toDocJson);
    },
    async findDocsByKey(collection, key) {
      const rows = prepared(
        db,
        `SELECT d.* FROM doc_keys k JOIN docs d ON d.collection = k.collection AND d.id = k.id
           WHERE k.collection = ? AND k.lookup_key = ? AND d.deleted = 0 ORDER BY d.seq`,
      ).all(collection, key) as Row[];
      return rows.map(toDoc);
    },
    async pageDocsByKey(collection, key, page) {
      const field = (name: string) => `$.${checkedFieldName(name)}`;
      // SQLite's JSON functions throw on a document nested over 1,000 levels (stored before
      // the body guard): such a row reads as having no fields here instead of failing the page.
      const data = 'CASE WHEN json_valid(d.data) THEN d.data END';
      const order = `COALESCE(json_extract(${data}, ?), '')`;
      const equal = Object.entries(page.equal);
      const sql = `SELECT d.* FROM doc_keys k JOIN docs d ON d.collection = k.collection AND d.id = k.id
         WHERE k.collection = ? AND k.lookup_key = ? AND d.deleted = 0
         ${equal.map(() => `AND json_extract(${data}, ?) = ?`).join(' ')}
         ${page.after ? `AND (${order} < ? OR (${order} = ? AND d.id < ?))` : ''}
         ORDER BY ${order} DESC, d.id DESC LIMIT ?`;
      const params: unknown[] = [collection, key];
      for (const [name, value] of equal) params.push(field(name), value);
      if (page.after) {
        const by = field(page.orderBy);
        params.push(by, page.after.value, by, page.after.value, page.after.id);
      }
      params.push(field(page.orderBy), page.limit);
      return (prepared(db, sql).all(...params) as Row[]).map(toDoc);
    },
    async getPushReceipts(collection, ids) {
      if (ids.length === 0) return [];
      const rows = prepared(
        db,
        'SELECT * FROM push_receipts WHERE collection = ? AND id IN (SELECT value FROM json_each(?))',
      ).all(collection, JSON.stringify(ids)) as Row[];
      return rows.map(toPushReceipt);
    },
    async getAccount(id) {
      const row = prepared(db, 'SELECT * FROM accounts WHERE id = ?').get(id) as Row | undefined;
      return row ? toAccount(row) : null;
    },
    async findAccountByLogin({ phone, email, login }) {
      const row = (
        phone !== undefined
          ? prepared(db, 'SELECT * FROM accounts WHERE phone = ?').get(phone)
          : login !== undefined
            ? prepared(db, 'SELECT * FROM accounts WHERE login = ?').get(login)
            : prepared(db, 'SELECT * FROM accounts WHERE email = ?').get(email ?? null)
      ) as Row | undefined;
      return row ? toAccount(row) : null;
    },
    async listFamilyAccounts(familyId) {
      const rows = prepared(
        db,
        'SELECT * FROM accounts WHERE family_id = ? ORDER BY created_at, id',
      ).all(familyId) as Row[];
      return rows.map(toAccount);
    },
    async getLinkCode(childId) {
      const row = prepared(db, 'SELECT * FROM link_codes WHERE child_id = ?').get(childId) as
        Row | undefined;
      return row ? toLinkCode(row) : null;
    },
    async getInvitation(contact) {
      const row = prepared(db, 'SELECT * FROM invitations WHERE contact = ?').get(contact) as
        Row | undefined;
      return row ? toInvitation(row) : null;
    },
    async getSession(tokenHash) {
      const row = prepared(db, 'SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as
        Row | undefined;
      if (!row) return null;
      return {
        tokenHash: String(row.token_hash),
        accountId: String(row.account_id),
        createdAt: String(row.created_at),
        expiresAt: String(row.expires_at),
        revokedAt: nullableString(row.revoked_at),
      };
    },
    async getCode(accountId, purpose) {
      const row = prepared(db, 'SELECT * FROM codes WHERE account_id = ? AND purpose = ?').get(
        accountId,
        purpose,
      ) as Row | undefined;
      if (!row) return null;
      return {
        accountId: String(row.account_id),
        purpose: String(row.purpose) as CodePurpose,
        codeHash: nullableString(row.code_hash),
        expiresAt: nullableString(row.expires_at),
        attempts: Number(row.attempts),
        lockedUntil: nullableString(row.locked_until),
        lastSentAt: nullableString(row.last_sent_at),
      };
    },
    async listOutbox(limit) {
      const rows = prepared(
        db,
        'SELECT * FROM outbox ORDER BY created_at DESC, rowid DESC LIMIT ?',
      ).all(limit) as Row[];
      return rows.map((row): OutboxMessage => ({
        id: String(row.id),
        channel: String(row.channel) as OutboxMessage['channel'],
        to: String(row.recipient),
        purpose: String(row.purpose),
        text: String(row.text),
        createdAt: String(row.created_at),
      }));
    },
    async currentSeq() {
      const row = prepared(db, `SELECT value FROM meta WHERE key = 'seq'`).get() as Row;
      return Number(row.value);
    },
  };
  return reads;
}

function pullRows(
  db: Db,
  columns: string,
  collection: string,
  scope: { familyId: string; childId?: string | null },
  after: number,
  limit: number,
): Row[] {
  const rows =
    scope.childId === undefined
      ? prepared(
          db,
          `SELECT ${columns} FROM docs WHERE collection = ? AND family_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
        ).all(collection, scope.familyId, after, limit)
      : prepared(
          db,
          `SELECT ${columns} FROM docs WHERE collection = ? AND family_id = ? AND child_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
        ).all(collection, scope.familyId, scope.childId, after, limit);
  return rows as Row[];
}

/**
 * The global sequence inside one write transaction: read once, counted in
 * memory, written back before COMMIT. Safe because SQLite has one writer and
 * this store runs one transaction at a time.
 */
interface Sequence {
  last: number | null;
}

function sqliteWrites(
  db: Db,
  changes: DocChange[],
  sequence: Sequence,
): { tx: StoreWrites; flush: () => void } {
  const reads = sqliteReads(db);
  const batch = new WriteBatch();
  const flush = (): void => {
    if (!batch.empty) writeBatch(db, batch.take());
  };
  const writes: StoreWrites = {
    ...reads,
    ...sqliteSlotHoldWrites(db),
    async currentSeq() {
      return sequence.last ?? reads.currentSeq();
    },
    async putDoc(doc: NewDoc): Promise<StoredDoc> {
      const seq = (sequence.last ?? (await reads.currentSeq())) + 1;
      sequence.last = seq;
      batch.addDoc(doc, seq);
      changes.push({
        collection: doc.collection,
        familyId: doc.familyId,
        childId: doc.childId,
        seq,
      });
      return { ...stripKeys(doc), seq };
    },
    async putPushReceipt(r) {
      batch.addReceipt(r);
    },
    async insertFamily(id, createdAt) {
      prepared(db, 'INSERT INTO families (id, created_at) VALUES (?, ?)').run(id, createdAt);
    },
    async insertAccount(a: Account) {
      const columns = accountColumns(a);
      const names = Object.keys(columns);
      prepared(
        db,
        `INSERT INTO accounts (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      ).run(...Object.values(columns));
    },
    async updateAccount(id, patch) {
      updateRow(db, 'accounts', 'id', id, accountColumns(patch));
    },
    async insertSession(s: Session) {
      prepared(
        db,
        'INSERT INTO sessions (token_hash, account_id, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?)',
      ).run(s.tokenHash, s.accountId, s.createdAt, s.expiresAt, s.revokedAt);
    },
    async revokeSession(tokenHash, at) {
      prepared(
        db,
        'UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
      ).run(at, tokenHash);
    },
    async revokeSessionsOf(accountId, at, except) {
      prepared(
        db,
        'UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL AND token_hash <> ?',
      ).run(at, accountId, except ?? '');
    },
    async putCode(c: OneTimeCode) {
      prepared(
        db,
        `INSERT INTO codes (account_id, purpose, code_hash, expires_at, attempts, locked_until, last_sent_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account_id, purpose) DO UPDATE SET code_hash = excluded.code_hash,
           expires_at = excluded.expires_at, attempts = excluded.attempts,
           locked_until = excluded.locked_until, last_sent_at = excluded.last_sent_at`,
      ).run(
        c.accountId,
        c.purpose,
        c.codeHash,
        c.expiresAt,
        c.attempts,
        c.lockedUntil,
        c.lastSentAt,
      );
    },
    async putLinkCode(c: LinkCode) {
      prepared(
        db,
        `INSERT INTO link_codes (child_id, link_id, family_id, code_hash, issued_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (child_id) DO UPDATE SET link_id = excluded.link_id,
           family_id = excluded.family_id, code_hash = excluded.code_hash,
           issued_at = excluded.issued_at, expires_at = excluded.expires_at`,
      ).run(c.childId, c.linkId, c.familyId, c.codeHash, c.issuedAt, c.expiresAt);
    },
    async deleteLinkCode(childId) {
      prepared(db, 'DELETE FROM link_codes WHERE child_id = ?').run(childId);
    },
    async putInvitation(i: Invitation) {
      prepared(
        db,
        `INSERT INTO invitations (contact, family_id, invited_by, code_hash, expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (contact) DO UPDATE SET family_id = excluded.family_id,
           invited_by = excluded.invited_by, code_hash = excluded.code_hash,
           expires_at = excluded.expires_at, created_at = excluded.created_at`,
      ).run(i.contact, i.familyId, i.invitedBy, i.codeHash, i.expiresAt, i.createdAt);
    },
    async deleteInvitation(contact) {
      prepared(db, 'DELETE FROM invitations WHERE contact = ?').run(contact);
    },
    async nextRequestNumber(year) {
      const row = prepared(
        db,
        `INSERT INTO request_counters (year, last_number) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = request_counters.last_number + 1
         RETURNING last_number`,
      ).get(year) as Row;
      return Number(row.last_number);
    },
    async pruneOutbox(before) {
      return prepared(db, 'DELETE FROM outbox WHERE created_at < ?').run(before).changes;
    },
    async addOutbox(m: OutboxMessage) {
      prepared(
        db,
        'INSERT INTO outbox (id, channel, recipient, purpose, text, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(m.id, m.channel, m.to, m.purpose, m.text, m.createdAt);
    },
    async enqueueJob(job: Job) {
      prepared(
        db,
        `INSERT INTO jobs (id, kind, payload, status, attempts, run_after, last_error)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        job.id,
        job.kind,
        JSON.stringify(job.payload),
        job.status,
        job.attempts,
        job.runAfter,
        job.lastError,
      );
    },
    async claimJobs(kind, now, limit) {
      const rows = prepared(
        db,
        `SELECT * FROM jobs WHERE kind = ? AND status IN ('pending', 'running') AND run_after <= ?
           ORDER BY run_after, id LIMIT ?`,
      ).all(kind, now, limit) as Row[];
      const until = leaseEnd(now);
      const claim = prepared(db, `UPDATE jobs SET status = 'running', run_after = ? WHERE id = ?`);
      return rows.map((row) => {
        claim.run(until, row.id);
        return toClaimedJob(row);
      });
    },
    async updateJob(id, patch) {
      updateRow(db, 'jobs', 'id', id, jobColumns(patch));
    },
  };
  return {
    tx: flushingFirst(writes, async () => flush()),
    flush,
  };
}

/** Rows per multi-row statement: one prepared statement per size up to this. */
const CHUNK = 100;

/** `(?, ?, …), (?, ?, …)…`: `rows` groups of `columns` placeholders. */
function placeholders(rows: number, columns: number): string {
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  return Array.from({ length: rows }, () => row).join(', ');
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * A batch of document and receipt writes as multi-row statements: per 100
 * rows one statement for the documents, one for their lookup keys and one
 * for the receipts, then one trimming the receipts of those documents.
 */
function writeBatch(db: Db, { docs, receipts }: ReturnType<WriteBatch['take']>): void {
  for (const part of chunks(docs)) {
    prepared(
      db,
      `INSERT INTO docs (collection, id, family_id, child_id, seq, deleted, data)
       VALUES ${placeholders(part.length, 7)}
       ON CONFLICT (collection, id) DO UPDATE SET family_id = excluded.family_id,
         child_id = excluded.child_id, seq = excluded.seq, deleted = excluded.deleted,
         data = excluded.data`,
    ).run(
      part.flatMap((d) => [
        d.doc.collection,
        d.doc.id,
        d.doc.familyId,
        d.doc.childId,
        d.seq,
        d.doc.deleted ? 1 : 0,
        JSON.stringify(d.doc.data),
      ]),
    );
  }
  const keyed = docs.filter((d) => d.keys !== undefined);
  if (keyed.length > 0) {
    prepared(
      db,
      `DELETE FROM doc_keys WHERE (collection, id) IN
         (SELECT value ->> 0, value ->> 1 FROM json_each(?))`,
    ).run(JSON.stringify(keyed.map((d) => [d.doc.collection, d.doc.id])));
    const rows = keyed.flatMap((d) =>
      [...new Set(d.keys)].map((key) => [d.doc.collection, d.doc.id, key]),
    );
    for (const part of chunks(rows)) {
      prepared(
        db,
        `INSERT INTO doc_keys (collection, id, lookup_key) VALUES ${placeholders(part.length, 3)}
         ON CONFLICT DO NOTHING`,
      ).run(part.flat());
    }
  }
  for (const part of chunks(receipts)) {
    prepared(
      db,
      `INSERT INTO push_receipts (collection, id, fingerprint, seq) VALUES ${placeholders(part.length, 4)}
       ON CONFLICT (collection, id, fingerprint) DO UPDATE SET seq = excluded.seq`,
    ).run(part.flatMap((r) => [r.collection, r.id, r.fingerprint, r.seq]));
  }
  // Each document keeps its newest PUSH_RECEIPTS_KEPT receipts.
  for (const [collection, ids] of receiptIdsByCollection(receipts)) {
    prepared(
      db,
      `DELETE FROM push_receipts WHERE collection = ? AND (id, fingerprint) IN (
         SELECT id, fingerprint FROM (
           SELECT id, fingerprint, row_number() OVER (PARTITION BY id ORDER BY seq DESC) AS rank
           FROM push_receipts WHERE collection = ? AND id IN (SELECT value FROM json_each(?)))
         WHERE rank > ?)`,
    ).run(collection, collection, JSON.stringify(ids), PUSH_RECEIPTS_KEPT);
  }
}

/** Updates only the columns whose value is defined (null clears a column). */
function updateRow(
  db: Db,
  table: string,
  keyColumn: string,
  key: string,
  columns: Record<string, unknown>,
): void {
  const entries = Object.entries(columns).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return;
  const assignments = entries.map(([column]) => `${column} = ?`).join(', ');
  prepared(db, `UPDATE ${table} SET ${assignments} WHERE ${keyColumn} = ?`).run(
    ...entries.map(([, value]) => value),
    key,
  );
}
