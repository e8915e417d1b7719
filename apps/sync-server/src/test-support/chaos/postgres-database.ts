import pg from 'pg';
import {
  answers,
  DEFAULT_TEST_DATABASE_URL,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../throwaway-postgres.ts';

export interface ChaosDatabase {
  url: string;
  /** Where the run's data went, for the report. */
  where: string;
  close(): Promise<void>;
}

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL database for one chaos run, found the way the server's
 * PostgreSQL tests find one: `DATABASE_URL`, else the default test URL if it
 * answers, else a throwaway server. The two server instances migrate the
 * `public` schema (the server has no schema setting), so the run makes a
 * database of its own when the role may, and drops it afterwards; otherwise
 * it shares the given database's `public` schema (accounts are unique per run).
 */
export async function chaosDatabase(nonce: number): Promise<ChaosDatabase> {
  let throwaway: ThrowawayPostgres | null = null;
  let base = process.env.DATABASE_URL || '';
  if (!base) {
    if (await answers(DEFAULT_TEST_DATABASE_URL)) base = DEFAULT_TEST_DATABASE_URL;
    else {
      throwaway = await startThrowawayPostgres();
      base = throwaway.url;
    }
  }
  const name = `rodnik_chaos_${nonce}`;
  const own = new URL(base);
  own.pathname = `/${name}`;
  const created = await run(base, `CREATE DATABASE ${name}`).then(
    () => true,
    () => false,
  );
  const where = new URL(created ? own.href : base);
  where.password = '';
  return {
    url: created ? own.href : base,
    where: `${where.href}${created ? '' : ' (public schema, shared)'}${throwaway ? ' (throwaway server)' : ''}`,
    async close() {
      if (created)
        await run(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await throwaway?.stop();
    },
  };
}
