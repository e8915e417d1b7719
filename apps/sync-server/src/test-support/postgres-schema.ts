import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import type { Store } from '../store/store.ts';
import { DEFAULT_TEST_DATABASE_URL } from './throwaway-postgres.ts';

/** Set by the project's global setup (`postgres-global-setup.ts`) when the caller did not. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A real PostgreSQL store in a fresh schema; closing it drops the schema. */
export async function openPostgresTestStore(): Promise<Store> {
  const schema = `rodnik_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  const store = await openPostgresStore(TEST_DATABASE_URL, { schema });
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  };
  return store;
}
