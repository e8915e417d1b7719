import {
  answers,
  DEFAULT_TEST_DATABASE_URL,
  startThrowawayPostgres,
} from './throwaway-postgres.ts';

/**
 * Vitest global setup of the sync-server project: every PostgreSQL test gets
 * a server without anyone starting one by hand. `DATABASE_URL` wins when set;
 * else a server already answering at the default URL (`.ci/postgres.sh`);
 * else a throwaway one, stopped and deleted after the run. The workers inherit
 * the URL through `DATABASE_URL`.
 */
export default async function setupPostgres(): Promise<(() => Promise<void>) | void> {
  if (process.env.DATABASE_URL) return;
  if (await answers(DEFAULT_TEST_DATABASE_URL)) {
    process.env.DATABASE_URL = DEFAULT_TEST_DATABASE_URL;
    return;
  }
  const server = await startThrowawayPostgres();
  process.env.DATABASE_URL = server.url;
  return async () => {
    delete process.env.DATABASE_URL;
    await server.stop();
  };
}
