import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store-contract.ts';
import { openSqliteStore } from './sqlite-store.ts';

let dir = '';
describeStoreContract('SQLite', {
  async open() {
    dir = mkdtempSync(join(tmpdir(), 'rodnik-store-'));
    return openSqliteStore(join(dir, 'store.sqlite'));
  },
  reopen: () => openSqliteStore(join(dir, 'store.sqlite')),
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});

describe('SQLite file', () => {
  it('is in WAL mode', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rodnik-store-'));
    const store = await openSqliteStore(join(folder, 'wal.sqlite'));
    const db = new Database(join(folder, 'wal.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });
});
