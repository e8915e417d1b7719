import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS } from '../migrations.ts';
import { pgSlotHoldReads, pgSlotHoldWrites } from './pg-slot-holds.ts';
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
  TransactionScope,
} from '../store.ts';
import { checkedFieldName, leaseEnd, PUSH_RECEIPTS_KEPT } from '../store.ts';
import { flushingFirst, receiptIdsByCollection, WriteBatch } from '../write-batch.ts';
import { unavailableIfLost } from './store-unavailable.ts';

type Query = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/** The channel every instance LISTENs on; payloads carry the schema and the sender. */
export const CHANGES_CHANNEL = 'rodnik_changes';

/**
 * Advisory lock keys are (namespace, hashtext(schema)), so stores on different
 * schemas of one database (the tests run one schema per test) never contend.
 */
const SEQ_LOCK = 0x526f646e; // 'Rodn'
const MIGRATION_LOCK = SEQ_LOCK + 1;
/** Per-family locks: (FAMILY_LOCK, hashtext(schema/family)); two families sharing a hash only wait on each other. */
const FAMILY_LOCK = SEQ_LOCK + 2;

/** NOTIFY payloads must stay under 8000 bytes; keep a margin. */
const MAX_PAYLOAD_BYTES = 7_500;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The PostgreSQL store, for deployments where several stateless server
 * instances share one database.
 *
 * Commit-order sequencing per family (DESIGN §2: a checkpoint never skips a
 * row). Under plain concurrency a transaction could take serverSeq 7, another
 * take 8 and commit first; a client pulling then would move its checkpoint to
 * 8 and never see 7. Every pull reads one family (or one child of it), so the
 * numbers need to follow commit order only among the writes of one family.
 * Before its first document access (read or write) a transaction takes a lock
 * held until COMMIT/ROLLBACK, and only then draws numbers from the
 * `doc_seq` sequence:
 * - scoped to a family (`transaction(fn, { familyId })`, what a push is):
 *   `pg_advisory_xact_lock_shared(SEQ_LOCK)` and the family's own
 *   `pg_advisory_xact_lock(FAMILY_LOCK, family)`. Writers of different
 *   families run at once; writers of one family one after another, so a
 *   family's next number is drawn only after its previous writer's commit is
 *   visible (PostgreSQL releases locks after that).
 * - unscoped (jobs, operators, moves between families): the exclusive
 *   `pg_advisory_xact_lock(SEQ_LOCK)`, which waits for every scoped writer —
 *   one writer in the whole cluster, as before.
 * Numbers therefore follow commit order within every family, and "pull
 * everything after my checkpoint" is always complete. The lock is taken on
 * document reads too, so a push's read-compare-write (conflict detection
 * against the master state) is atomic across instances exactly as it is on
 * SQLite. Transactions that touch no documents (sessions, codes, jobs) take
 * no lock. Numbers are drawn in growing blocks (1, 2, 4, … 256) so a batch
 * costs a few round trips; a block's unused numbers are gaps, which a
 * checkpoint (`seq > after`) never minds.
 *
 * Within one instance the transactions of one scope (one family, or all the
 * unscoped ones) run one after another, which the contract requires and which
 * keeps a burst of requests from parking every pooled connection on a lock.
 *
 * Live events (DESIGN §4). Inside each transaction that wrote documents we
 * `pg_notify('rodnik_changes', …)` the changes (collapsed per collection,
 * family and child to the highest seq, split into payloads under 8000 bytes).
 * PostgreSQL delivers notifications only on commit, in commit order, and
 * drops them on rollback. Every instance keeps one dedicated LISTEN
 * connection and hands notifications from OTHER instances (the payload
 * carries the sender's instance id) to its `onCommit` listeners; its own
 * changes are announced right after its own COMMIT, with full detail.
 */
export async function openPostgresStore(
  databaseUrl: string,
  options: { schema?: string } = {},
): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  const instanceId = randomUUID();

  const pool = new pg.Pool({
    connectionString: databaseUrl,
    options: `-c search_path=${schema}`,
    // Named, so operators (and tests) can tell this instance's connections apart.
    application_name: `rodnik-store:${schema}`.slice(0, 63),
    max: 10,
  });
  // An idle pooled client losing its connection must not crash the process;
  // the pool drops it and the next query opens a new one.
  pool.on('error', () => undefined);
  // The pool listens only while a client is idle: a checked-out one (in a
  // transaction, in the migration) losing its connection would emit an
  // unhandled 'error' and kill the process. Every client gets a listener for
  // its whole life; the loss reaches the caller as its query's rejection, and
  // release(broken) drops the client.
  pool.on('connect', (client) => client.on('error', () => undefined));

  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  const listeners = new Set<(changes: DocChange[]) => void>();
  const announce = (changes: DocChange[]): void => {
    for (const listener of listeners) {
      try {
        listener(changes);
      } catch {
        // A failing listener must not make a committed transaction look failed.
      }
    }
  };

  const missedListeners = new Set<() => void>();
  const listener = new ChangeListener(
    databaseUrl,
    // Named, so operators (and tests) can tell the change feed's connection apart.
    `rodnik-changes:${schema}`,
    () => {
      for (const missed of missedListeners) missed();
    },
    (payload) => {
      const message = parseNotification(payload);
      if (!message || message.schema !== schema || message.instance === instanceId) return;
      if (message.changes.length > 0) announce(message.changes);
    },
  );
  try {
    await listener.start();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  const poolQuery: Query = async (sql, params) => {
    try {
      return (await pool.query(sql, params as unknown[] | undefined)).rows as Row[];
    } catch (error) {
      throw unavailableIfLost(error);
    }
  };
  const reads = pgReads(poolQuery, { inTransaction: false, lockDocs: async () => undefined });

  /** The tail of each scope's queue: '' for unscoped transactions, else the family. */
  const queues = new Map<string, Promise<unknown>>();
  let closed: Promise<void> | null = null;

  const store: Store = {
    ...reads,
    transaction<T>(fn: (tx: StoreWrites) => Promise<T>, scope?: TransactionScope): Promise<T> {
      const run = async (): Promise<T> => {
        const client = await pool.connect().catch((error: unknown) => {
          throw unavailableIfLost(error);
        });
        const query: Query = async (sql, params) => {
          try {
            return (await client.query(sql, params as unknown[] | undefined)).rows as Row[];
          } catch (error) {
            throw unavailableIfLost(error);
          }
        };
        const changes: DocChange[] = [];
        let locked = false;
        const lockDocs = async (): Promise<void> => {
          if (locked) return;
          if (scope) {
            await query(
              'SELECT pg_advisory_xact_lock_shared($1, hashtext($2)), pg_advisory_xact_lock($3, hashtext($4))',
              [SEQ_LOCK, schema, FAMILY_LOCK, `${schema}/${scope.familyId}`],
            );
          } else {
            await query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SEQ_LOCK, schema]);
          }
          locked = true;
        };
        let result: T;
        try {
          await query('BEGIN');
          const writes = pgWrites(query, changes, lockDocs, scope);
          result = await fn(writes.tx);
          await writes.flush();
          for (const payload of notificationPayloads(instanceId, schema, changes)) {
            await query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, payload]);
          }
          await query('COMMIT');
        } catch (error) {
          let broken = false;
          await query('ROLLBACK').catch(() => {
            broken = true;
          });
          client.release(broken);
          throw error;
        }
        client.release();
        if (changes.length > 0) announce(changes);
        return result;
      };
      const key = scope ? `family:${scope.familyId}` : '';
      const tail = queues.get(key) ?? Promise.resolve();
      const result = tail.then(run, run);
      const settled = result.catch(() => undefined);
      queues.set(key, settled);
      // A family's queue is dropped once idle, so the map holds only families at work.
      void settled.then(() => {
        if (queues.get(key) === settled) queues.delete(key);
      });
      return result;
    },
    async recoverJobs() {
      // Other live instances may be running these: their leases decide (claimJobs).
      return 0;
    },
    onMissedChanges(listener) {
      missedListeners.add(listener);
      return () => missedListeners.delete(listener);
    },
    onCommit(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ping() {
      // Without the change feed this instance's live streams miss other instances' writes.
      if (!listener.listening) return false;
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close() {
      closed ??= (async () => {
        await Promise.all([...queues.values()]);
        listeners.clear();
        await listener.stop();
        await pool.end();
      })();
      return closed;
    },
  };
  return store;
}

async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    // A session lock: instances starting together apply each step once.
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK, schema]);
    try {
      if (schema !== 'public') await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)',
      );
      const { rows } = await client.query('SELECT MAX(version) AS v FROM schema_migrations');
      const current = Number((rows[0] as Row | undefined)?.v ?? 0);
      for (const [index, sql] of MIGRATIONS.entries()) {
        const version = index + 1;
        if (version <= current) continue;
        // DDL is transactional in PostgreSQL: a step applies fully or not at all.
        await client.query('BEGIN');
        try {
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }
      await createDocSequence(client);
    } finally {
      await client
        .query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK, schema])
        .catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

/**
 * PostgreSQL draws document numbers from a sequence (no row every writer
 * locks); it starts after the `meta` counter the first versions kept. Every
 * instance must run this version once the sequence exists: an older one
 * would still count in `meta`.
 */
async function createDocSequence(client: pg.PoolClient): Promise<void> {
  const { rows } = await client.query(`SELECT to_regclass('doc_seq') AS found`);
  if ((rows[0] as Row | undefined)?.found) return;
  await client.query('BEGIN');
  try {
    await client.query('CREATE SEQUENCE doc_seq AS BIGINT');
    await client.query(
      `SELECT setval('doc_seq', GREATEST(v, 1), v > 0)
         FROM (SELECT CAST(value AS BIGINT) AS v FROM meta WHERE key = 'seq') AS m`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * One dedicated connection LISTENing for other instances' changes. If the
 * connection drops it reconnects with a growing delay; notifications sent
 * while it was down are lost, so once it is back every live stream is told
 * to `resync` (devices pull everything after their checkpoints).
 */
class ChangeListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private delay = 250;

  private dropped = false;

  /** Connected and LISTENing; false while the feed is down and reconnecting. */
  get listening(): boolean {
    return this.client !== null;
  }

  constructor(
    private readonly databaseUrl: string,
    private readonly applicationName: string,
    /** The feed is back after a drop: notifications sent meanwhile are lost. */
    private readonly onReconnected: () => void,
    private readonly onPayload: (payload: string) => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: this.applicationName.slice(0, 63),
    });
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload) this.onPayload(message.payload);
    });
    // Errors while connecting reject connect(); keep the client from
    // throwing an unhandled 'error' until the reconnect handlers are in place.
    const ignore = (): void => undefined;
    client.on('error', ignore);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    client.off('error', ignore);
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    this.client = client;
    this.delay = 250;
    if (this.dropped) {
      this.dropped = false;
      this.onReconnected();
    }
  }

  private reconnect(dead: pg.Client): void {
    if (this.stopped || this.client !== dead) return;
    this.client = null;
    this.dropped = true;
    dead.end().catch(() => undefined);
    this.scheduleStart();
  }

  private scheduleStart(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.stopped) return;
      this.start().catch(() => {
        this.delay = Math.min(this.delay * 2, 10_000);
        this.scheduleStart();
      });
    }, this.delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }
}

interface Notification {
  instance: string;
  schema: string;
  changes: DocChange[];
}

/**
 * The changes as NOTIFY payloads: collapsed to the highest seq per
 * collection, family and child (what a stream needs: a new checkpoint), then
 * split so that every payload stays under the 8000-byte limit.
 */
export function notificationPayloads(
  instance: string,
  schema: string,
  changes: readonly DocChange[],
): string[] {
  const latest = new Map<string, DocChange>();
  for (const change of changes) {
    const key = JSON.stringify([change.collection, change.familyId, change.childId]);
    const seen = latest.get(key);
    if (!seen || seen.seq < change.seq) latest.set(key, { ...change });
  }
  const envelope = (entries: DocChange[]): string =>
    JSON.stringify({ instance, schema, changes: entries });
  const payloads: string[] = [];
  let batch: DocChange[] = [];
  for (const change of [...latest.values()].sort((a, b) => a.seq - b.seq)) {
    const candidate = [...batch, change];
    if (Buffer.byteLength(envelope(candidate)) <= MAX_PAYLOAD_BYTES) {
      batch = candidate;
      continue;
    }
    if (batch.length > 0) payloads.push(envelope(batch));
    // An entry too large on its own (absurdly long ids) cannot be sent; the
    // other instances' clients still get it on their next pull.
    batch = Buffer.byteLength(envelope([change])) <= MAX_PAYLOAD_BYTES ? [change] : [];
  }
  if (batch.length > 0) payloads.push(envelope(batch));
  return payloads;
}

function parseNotification(payload: string): Notification | null {
  try {
    const value = JSON.parse(payload) as Partial<Notification>;
    if (typeof value.instance !== 'string' || typeof value.schema !== 'string') return null;
    if (!Array.isArray(value.changes)) return null;
    const changes = value.changes.filter(
      (c): c is DocChange =>
        typeof c === 'object' &&
        c !== null &&
        typeof c.collection === 'string' &&
        typeof c.familyId === 'string' &&
        (c.childId === null || typeof c.childId === 'string') &&
        typeof c.seq === 'number',
    );
    return { instance: value.instance, schema: value.schema, changes };
  } catch {
    return null;
  }
}

function pgReads(
  query: Query,
  context: { inTransaction: boolean; lockDocs: () => Promise<void> },
): StoreReads {
  const { lockDocs } = context;
  const pullRows = async (
    collection: string,
    scope: { familyId: string; childId?: string | null },
    after: number,
    limit: number,
  ): Promise<Row[]> => {
    await lockDocs();
    const rows =
      scope.childId === undefined
        ? await query(
            'SELECT * FROM docs WHERE collection = $1 AND family_id = $2 AND seq > $3 ORDER BY seq LIMIT $4',
            [collection, scope.familyId, after, limit],
          )
        : await query(
            'SELECT * FROM docs WHERE collection = $1 AND family_id = $2 AND child_id = $3 AND seq > $4 ORDER BY seq LIMIT $5',
            [collection, scope.familyId, scope.childId, after, limit],
          );
    return rows;
  };
  const reads: StoreReads = {
    ...pgSlotHoldReads(query),
    async getDoc(collection, id) {
      await lockDocs();
      const [row] = await query('SELECT * FROM docs WHERE collection = $1 AND id = $2', [
        collection,
        id,
      ]);
      return row ? toDoc(row) : null;
    },
    async getDocs(collection, ids) {
      if (ids.length === 0) return [];
      await lockDocs();
      const rows = await query('SELECT * FROM docs WHERE collection = $1 AND id = ANY($2)', [
        collection,
        ids,
      ]);
      return rows.map(toDoc);
    },
    async pullDocs(collection, scope, after, limit) {
      return (await pullRows(collection, scope, after, limit)).map(toDoc);
    },
    async pullDocsJson(collection, scope, after, limit) {
      return (await pullRows(collection, scope, after, limit)).map(toDocJson);
    },
    async findDocsByKey(collection, key) {
      await lockDocs();
      const rows = await query(
        `SELECT d.* FROM doc_keys k JOIN docs d ON d.collection = k.collection AND d.id = k.id
         WHERE k.collection = $1 AND k.lookup_key = $2 AND d.deleted = 0 ORDER BY d.seq`,
        [collection, key],
      );
      return rows.map(toDoc);
    },
    async pageDocsByKey(collection, key, page) {
      await lockDocs();
      const params: unknown[] = [collection, key];
      const param = (value: unknown) => `$${params.push(value)}`;
      const field = (name: string) => `(d.data::jsonb ->> ${param(checkedFieldName(name))})`;
      const equal = Object.entries(page.equal)
        .map(([name, value]) => `AND ${field(name)} = ${param(value)}`)
        .join(' ');
      // Byte order, as SQLite compares: the cursor's comparisons must match the ORDER BY.
      const order = () => `COALESCE(${field(page.orderBy)}, '') COLLATE "C"`;
      const id = 'd.id COLLATE "C"';
      const after = page.after
        ? `AND (${order()} < ${param(page.after.value)} OR (${order()} = ${param(page.after.value)} AND ${id} < ${param(page.after.id)}))`
        : '';
      const rows = await query(
        `SELECT d.* FROM doc_keys k JOIN docs d ON d.collection = k.collection AND d.id = k.id
         WHERE k.collection = $1 AND k.lookup_key = $2 AND d.deleted = 0 ${equal} ${after}
         ORDER BY ${order()} DESC, ${id} DESC LIMIT ${param(page.limit)}`,
        params,
      );
      return rows.map(toDoc);
    },
    async getPushReceipts(collection, ids) {
      if (ids.length === 0) return [];
      const rows = await query(
        'SELECT * FROM push_receipts WHERE collection = $1 AND id = ANY($2)',
        [collection, ids],
      );
      return rows.map(toPushReceipt);
    },
    async getAccount(id) {
      const [row] = await query('SELECT * FROM accounts WHERE id = $1', [id]);
      return row ? toAccount(row) : null;
    },
    async findAccountByLogin({ phone, email, login }) {
      const [row] =
        phone !== undefined
          ? await query('SELECT * FROM accounts WHERE phone = $1', [phone])
          : login !== undefined
            ? await query('SELECT * FROM accounts WHERE login = $1', [login])
            : await query('SELECT * FROM accounts WHERE email = $1', [email ?? null]);
      return row ? toAccount(row) : null;
    },
    async listFamilyAccounts(familyId) {
      const rows = await query(
        'SELECT * FROM accounts WHERE family_id = $1 ORDER BY created_at, id',
        [familyId],
      );
      return rows.map(toAccount);
    },
    async getLinkCode(childId) {
      // In a transaction the row stays locked until commit (two checks of one code serialise).
      const [row] = await query(
        `SELECT * FROM link_codes WHERE child_id = $1${context.inTransaction ? ' FOR UPDATE' : ''}`,
        [childId],
      );
      return row ? toLinkCode(row) : null;
    },
    async getInvitation(contact) {
      const [row] = await query(
        `SELECT * FROM invitations WHERE contact = $1${context.inTransaction ? ' FOR UPDATE' : ''}`,
        [contact],
      );
      return row ? toInvitation(row) : null;
    },
    async getSession(tokenHash) {
      const [row] = await query('SELECT * FROM sessions WHERE token_hash = $1', [tokenHash]);
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
      // In a transaction the row stays locked until commit, so two instances
      // checking the same code cannot both count from the same attempts.
      const [row] = await query(
        `SELECT * FROM codes WHERE account_id = $1 AND purpose = $2${context.inTransaction ? ' FOR UPDATE' : ''}`,
        [accountId, purpose],
      );
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
      // PostgreSQL has no rowid; the outbox is insert-only, so the physical
      // position (ctid) breaks ties of one millisecond in insertion order.
      const rows = await query(
        'SELECT * FROM outbox ORDER BY created_at DESC, ctid DESC LIMIT $1',
        [limit],
      );
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
      await lockDocs();
      // The highest committed number (a rolled-back writer's drawn ones are gaps, not writes).
      const [row] = await query('SELECT MAX(seq) AS value FROM docs');
      return Number(row?.value ?? 0);
    },
  };
  return reads;
}

function pgWrites(
  query: Query,
  changes: DocChange[],
  lockDocs: () => Promise<void>,
  scope: TransactionScope | undefined,
): { tx: StoreWrites; flush: () => Promise<void> } {
  const batch = new WriteBatch();
  // Numbers drawn but not yet used, and the size of the next block to draw.
  let drawn: number[] = [];
  let block = 1;
  const nextSeq = async (): Promise<number> => {
    if (drawn.length === 0) {
      const rows = await query(`SELECT nextval('doc_seq') AS seq FROM generate_series(1, $1)`, [
        block,
      ]);
      drawn = rows.map((row) => Number(row.seq)).sort((a, b) => a - b);
      block = Math.min(block * 2, 256);
    }
    return drawn.shift()!;
  };
  const flush = async (): Promise<void> => {
    if (batch.empty) return;
    await writeBatch(query, batch.take());
  };
  const writes: StoreWrites = {
    ...pgReads(query, { inTransaction: true, lockDocs }),
    ...pgSlotHoldWrites(query, lockDocs),
    async putDoc(doc: NewDoc): Promise<StoredDoc> {
      if (scope && doc.familyId !== scope.familyId) {
        throw new Error('a transaction scoped to one family wrote a document of another');
      }
      await lockDocs();
      const seq = await nextSeq();
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
      await query('INSERT INTO families (id, created_at) VALUES ($1, $2)', [id, createdAt]);
    },
    async insertAccount(a: Account) {
      const columns = accountColumns(a);
      const names = Object.keys(columns);
      await query(
        `INSERT INTO accounts (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
        Object.values(columns),
      );
    },
    async updateAccount(id, patch) {
      await updateRow(query, 'accounts', 'id', id, accountColumns(patch));
    },
    async insertSession(s: Session) {
      await query(
        'INSERT INTO sessions (token_hash, account_id, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5)',
        [s.tokenHash, s.accountId, s.createdAt, s.expiresAt, s.revokedAt],
      );
    },
    async revokeSession(tokenHash, at) {
      await query(
        'UPDATE sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL',
        [at, tokenHash],
      );
    },
    async revokeSessionsOf(accountId, at, except) {
      await query(
        'UPDATE sessions SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL AND token_hash <> $3',
        [at, accountId, except ?? ''],
      );
    },
    async putCode(c: OneTimeCode) {
      await query(
        `INSERT INTO codes (account_id, purpose, code_hash, expires_at, attempts, locked_until, last_sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (account_id, purpose) DO UPDATE SET code_hash = excluded.code_hash,
           expires_at = excluded.expires_at, attempts = excluded.attempts,
           locked_until = excluded.locked_until, last_sent_at = excluded.last_sent_at`,
        [c.accountId, c.purpose, c.codeHash, c.expiresAt, c.attempts, c.lockedUntil, c.lastSentAt],
      );
    },
    async putLinkCode(c: LinkCode) {
      await query(
        `INSERT INTO link_codes (child_id, link_id, family_id, code_hash, issued_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (child_id) DO UPDATE SET link_id = excluded.link_id,
           family_id = excluded.family_id, code_hash = excluded.code_hash,
           issued_at = excluded.issued_at, expires_at = excluded.expires_at`,
        [c.childId, c.linkId, c.familyId, c.codeHash, c.issuedAt, c.expiresAt],
      );
    },
    async deleteLinkCode(childId) {
      await query('DELETE FROM link_codes WHERE child_id = $1', [childId]);
    },
    async putInvitation(i: Invitation) {
      await query(
        `INSERT INTO invitations (contact, family_id, invited_by, code_hash, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (contact) DO UPDATE SET family_id = excluded.family_id,
           invited_by = excluded.invited_by, code_hash = excluded.code_hash,
           expires_at = excluded.expires_at, created_at = excluded.created_at`,
        [i.contact, i.familyId, i.invitedBy, i.codeHash, i.expiresAt, i.createdAt],
      );
    },
    async deleteInvitation(contact) {
      await query('DELETE FROM invitations WHERE contact = $1', [contact]);
    },
    async nextRequestNumber(year) {
      // The document lock first, as every writer takes it, so two senders never deadlock
      // on it and the counter's row lock in opposite orders.
      await lockDocs();
      const [row] = await query(
        `INSERT INTO request_counters (year, last_number) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = request_counters.last_number + 1
         RETURNING last_number`,
        [year],
      );
      return Number(row?.last_number);
    },
    async pruneOutbox(before) {
      const rows = await query('DELETE FROM outbox WHERE created_at < $1 RETURNING id', [before]);
      return rows.length;
    },
    async addOutbox(m: OutboxMessage) {
      await query(
        'INSERT INTO outbox (id, channel, recipient, purpose, text, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [m.id, m.channel, m.to, m.purpose, m.text, m.createdAt],
      );
    },
    async enqueueJob(job: Job) {
      await query(
        `INSERT INTO jobs (id, kind, payload, status, attempts, run_after, last_error)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          job.id,
          job.kind,
          JSON.stringify(job.payload),
          job.status,
          job.attempts,
          job.runAfter,
          job.lastError,
        ],
      );
    },
    async claimJobs(kind, now, limit) {
      // SKIP LOCKED: workers of several instances claiming at once each get
      // different jobs instead of queueing behind one another.
      const rows = await query(
        `SELECT * FROM jobs WHERE kind = $1 AND status IN ('pending', 'running') AND run_after <= $2
         ORDER BY run_after, id LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [kind, now, limit],
      );
      if (rows.length > 0) {
        await query(`UPDATE jobs SET status = 'running', run_after = $2 WHERE id = ANY($1)`, [
          rows.map((row) => String(row.id)),
          leaseEnd(now),
        ]);
      }
      return rows.map(toClaimedJob);
    },
    async updateJob(id, patch) {
      await updateRow(query, 'jobs', 'id', id, jobColumns(patch));
    },
  };
  return { tx: flushingFirst(writes, flush), flush };
}

/**
 * A batch of document and receipt writes in a few statements whatever its
 * size: rows travel as arrays (`unnest`), so the statements stay the same.
 */
async function writeBatch(
  query: Query,
  { docs, receipts }: ReturnType<WriteBatch['take']>,
): Promise<void> {
  if (docs.length > 0) {
    await query(
      `INSERT INTO docs (collection, id, family_id, child_id, seq, deleted, data)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[],
         $6::int[], $7::text[])
       ON CONFLICT (collection, id) DO UPDATE SET family_id = excluded.family_id,
         child_id = excluded.child_id, seq = excluded.seq, deleted = excluded.deleted,
         data = excluded.data`,
      [
        docs.map((d) => d.doc.collection),
        docs.map((d) => d.doc.id),
        docs.map((d) => d.doc.familyId),
        docs.map((d) => d.doc.childId),
        docs.map((d) => d.seq),
        docs.map((d) => (d.doc.deleted ? 1 : 0)),
        docs.map((d) => JSON.stringify(d.doc.data)),
      ],
    );
    const keyed = docs.filter((d) => d.keys !== undefined);
    if (keyed.length > 0) {
      await query(
        `DELETE FROM doc_keys k USING unnest($1::text[], $2::text[]) AS w(collection, id)
         WHERE k.collection = w.collection AND k.id = w.id`,
        [keyed.map((d) => d.doc.collection), keyed.map((d) => d.doc.id)],
      );
      const rows = keyed.flatMap((d) =>
        [...new Set(d.keys)].map((key) => [d.doc.collection, d.doc.id, key]),
      );
      if (rows.length > 0) {
        await query(
          `INSERT INTO doc_keys (collection, id, lookup_key)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
          [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
        );
      }
    }
  }
  if (receipts.length > 0) {
    await query(
      `INSERT INTO push_receipts (collection, id, fingerprint, seq)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
       ON CONFLICT (collection, id, fingerprint) DO UPDATE SET seq = excluded.seq`,
      [
        receipts.map((r) => r.collection),
        receipts.map((r) => r.id),
        receipts.map((r) => r.fingerprint),
        receipts.map((r) => r.seq),
      ],
    );
    // Each document keeps its newest PUSH_RECEIPTS_KEPT receipts.
    for (const [collection, ids] of receiptIdsByCollection(receipts)) {
      await query(
        `DELETE FROM push_receipts p USING (
           SELECT fingerprint, id FROM (
             SELECT fingerprint, id, row_number() OVER (PARTITION BY id ORDER BY seq DESC) AS rank
             FROM push_receipts WHERE collection = $1 AND id = ANY($2)) AS ranked
           WHERE rank > $3) AS old
         WHERE p.collection = $1 AND p.id = old.id AND p.fingerprint = old.fingerprint`,
        [collection, ids, PUSH_RECEIPTS_KEPT],
      );
    }
  }
}

/** Updates only the columns whose value is defined (null clears a column). */
async function updateRow(
  query: Query,
  table: string,
  keyColumn: string,
  key: string,
  columns: Record<string, unknown>,
): Promise<void> {
  const entries = Object.entries(columns).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return;
  const assignments = entries.map(([column], index) => `${column} = $${index + 1}`).join(', ');
  await query(`UPDATE ${table} SET ${assignments} WHERE ${keyColumn} = $${entries.length + 1}`, [
    ...entries.map(([, value]) => value),
    key,
  ]);
}
