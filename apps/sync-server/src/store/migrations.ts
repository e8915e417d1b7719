/**
 * Versioned schema migrations, in portable SQL (SQLite and PostgreSQL both
 * read it). Append new steps; never edit a step that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE families (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families(id),
    role TEXT NOT NULL,
    surname TEXT NOT NULL,
    given_name TEXT NOT NULL,
    patronymic TEXT,
    phone TEXT UNIQUE,
    email TEXT UNIQUE,
    password_hash TEXT NOT NULL,
    phone_confirmed_at TEXT,
    email_confirmed_at TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX sessions_account ON sessions(account_id);
  CREATE TABLE codes (
    account_id TEXT NOT NULL REFERENCES accounts(id),
    purpose TEXT NOT NULL,
    code_hash TEXT,
    expires_at TEXT,
    attempts INTEGER NOT NULL,
    locked_until TEXT,
    last_sent_at TEXT,
    PRIMARY KEY (account_id, purpose)
  );
  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    purpose TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX outbox_created ON outbox(created_at);
  CREATE TABLE docs (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    family_id TEXT NOT NULL,
    child_id TEXT,
    seq BIGINT NOT NULL UNIQUE,
    deleted INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (collection, id)
  );
  CREATE INDEX docs_pull ON docs(collection, family_id, seq);
  CREATE TABLE doc_keys (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    lookup_key TEXT NOT NULL,
    PRIMARY KEY (collection, id, lookup_key)
  );
  CREATE INDEX doc_keys_lookup ON doc_keys(collection, lookup_key);
  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    run_after TEXT NOT NULL,
    last_error TEXT
  );
  CREATE INDEX jobs_due ON jobs(kind, status, run_after);
  INSERT INTO meta (key, value) VALUES ('seq', '0');
  `,
  // 2 — family accounts (issue 5): child accounts, linking codes, invitations.
  `
  ALTER TABLE accounts ADD COLUMN child_id TEXT;
  ALTER TABLE accounts ADD COLUMN login TEXT;
  CREATE UNIQUE INDEX accounts_login ON accounts(login);
  CREATE INDEX accounts_family ON accounts(family_id);
  CREATE TABLE link_codes (
    child_id TEXT PRIMARY KEY,
    link_id TEXT NOT NULL,
    family_id TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE invitations (
    contact TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families(id),
    invited_by TEXT NOT NULL REFERENCES accounts(id),
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  // 3 — applications (issue 7): request numbers, one counter per year.
  `
  CREATE TABLE request_counters (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL);
  `,
  // 4 — push receipts (docs/sync-rules.md, "Replays"): the last writes applied per document.
  `
  CREATE TABLE push_receipts (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (collection, id, fingerprint)
  );
  CREATE INDEX push_receipts_doc ON push_receipts(collection, id, seq);
  `,
  // 5 — doctor appointments (issue 13): one hold per slot, so no slot is booked twice.
  `
  CREATE TABLE slot_holds (
    doctor_id TEXT NOT NULL,
    slot_start TEXT NOT NULL,
    application_id TEXT NOT NULL,
    family_id TEXT NOT NULL,
    held_at TEXT NOT NULL,
    PRIMARY KEY (doctor_id, slot_start)
  );
  CREATE INDEX slot_holds_application ON slot_holds(application_id);
  `,
];
