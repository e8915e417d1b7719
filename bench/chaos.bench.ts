/**
 * Issue 11's chaos suite: `npm run bench -- chaos [--seed N] [--store sqlite|postgres]
 * [--devices 20] [--seconds 160]`. Families of five devices run the shipped
 * sync code against real server processes through a proxy that cuts, stalls
 * and drops answers after commit; devices drop offline, the server is
 * SIGKILLed and restarted every 9–15 s. After a calm the oracle prints
 * convergence and what became of every write. `postgres` runs two server
 * instances on one database: `DATABASE_URL`, else the default test URL,
 * else a throwaway PostgreSQL (chaos/postgres-database.ts).
 */
import { parseArgs } from 'node:util';
import { chaosDatabase } from '../apps/sync-server/src/test-support/chaos/postgres-database.ts';
import { runChaos } from '../apps/sync-server/src/test-support/chaos/run-chaos.ts';

const DEVICES_PER_FAMILY = 5;

export async function benchChaos(args: string[] = process.argv.slice(3)): Promise<object> {
  const { values } = parseArgs({
    args,
    options: {
      seed: { type: 'string', default: '1' },
      store: { type: 'string', default: 'sqlite' },
      devices: { type: 'string', default: '20' },
      // ≥ 10 restarts at one every 9–15 s.
      seconds: { type: 'string', default: '160' },
    },
  });
  const store = values.store === 'postgres' ? 'postgres' : 'sqlite';
  const database = store === 'postgres' ? await chaosDatabase(Date.now() % 1_000_000) : null;
  if (database) console.error(`chaos: PostgreSQL at ${database.where}`);
  try {
    const devices = Number(values.devices);
    const report = await runChaos({
      seed: Number(values.seed),
      store,
      databaseUrl: database?.url,
      families: Math.max(1, Math.round(devices / DEVICES_PER_FAMILY)),
      devicesPerFamily: Math.min(devices, DEVICES_PER_FAMILY),
      seconds: Number(values.seconds),
      log: (line) => console.error(`chaos: ${line}`),
    });
    return { bench: 'chaos', ...report };
  } finally {
    await database?.close();
  }
}
