/**
 * Issue 14: on PostgreSQL, writes of different families never wait on each
 * other. 1, 2, 4, 8 and 16 families push at once, each through one of two
 * store instances sharing one database (as two servers would), each push a
 * transaction shaped like the push route's: the batch's masters and receipts
 * read, then ten documents and their receipts written. Measured twice in the
 * same run: scoped to the family (what the push route does) and unscoped (one
 * lock for every writer, as every push was before). Throughput is documents
 * committed per second of wall time; the database is `DATABASE_URL`, else the
 * default test URL, else a throwaway PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { openPostgresStore } from '../apps/sync-server/src/store/postgres/postgres-store.ts';
import type { Store } from '../apps/sync-server/src/store/store.ts';
import { chaosDatabase } from '../apps/sync-server/src/test-support/chaos/postgres-database.ts';
import { childCardDoc } from '../apps/sync-server/src/test-support/child-cards.ts';

const FAMILIES = [1, 2, 4, 8, 16] as const;
/** A phone's push is small: a few edited records. */
const BATCH = 10;
const PUSHES_PER_FAMILY = 24;

type Mode = 'per-family' | 'one-lock';

async function pushes(
  instances: readonly Store[],
  families: number,
  mode: Mode,
  round: string,
): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: families }, async (_, f) => {
      const familyId = `${round}-${mode}-${families}-f${f}`;
      const store = instances[f % instances.length]!;
      for (let p = 0; p < PUSHES_PER_FAMILY; p += 1) {
        const ids = Array.from({ length: BATCH }, (_, i) => `${familyId}-${p}-${i}`);
        await store.transaction(
          async (tx) => {
            await tx.getDocs('children', ids);
            await tx.getPushReceipts('children', ids);
            for (const id of ids) {
              const written = await tx.putDoc({
                collection: 'children',
                id,
                familyId,
                childId: id,
                deleted: false,
                data: childCardDoc(familyId, id),
              });
              await tx.putPushReceipt({
                collection: 'children',
                id,
                fingerprint: id,
                seq: written.seq,
              });
            }
          },
          mode === 'per-family' ? { familyId } : undefined,
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return Math.round((families * PUSHES_PER_FAMILY * BATCH) / seconds);
}

export async function benchPostgresFamilies(): Promise<object> {
  const database = await chaosDatabase(Date.now() % 1_000_000);
  // The server's own schema, like the chaos suite: a database of the run's own when it may.
  const run = randomBytes(4).toString('hex');
  const instances: Store[] = [];
  try {
    instances.push(await openPostgresStore(database.url));
    instances.push(await openPostgresStore(database.url));
    // Warm-up: connections opened, statements and the JIT warm.
    await pushes(instances, 4, 'per-family', `${run}-warm`);
    await pushes(instances, 4, 'one-lock', `${run}-warm`);
    const docsPerSec: Record<Mode, Record<number, number>> = { 'per-family': {}, 'one-lock': {} };
    for (const families of FAMILIES) {
      for (const mode of ['per-family', 'one-lock'] as const) {
        docsPerSec[mode][families] = await pushes(instances, families, mode, run);
      }
    }
    const perFamily = docsPerSec['per-family'];
    return {
      name: 'PostgreSQL writes of 1–16 families at once on two instances',
      batch: BATCH,
      pushesPerFamily: PUSHES_PER_FAMILY,
      docsPerSecPerFamilyLock: perFamily,
      docsPerSecOneLock: docsPerSec['one-lock'],
      familiesScaling16vs1: round(perFamily[16]! / perFamily[1]!),
      perFamilyVsOneLockAt16: round(perFamily[16]! / docsPerSec['one-lock'][16]!),
      target: 'throughput rises from 1 to 16 families (scaling > 1)',
      database: database.where,
    };
  } finally {
    await Promise.all(instances.map((store) => store.close().catch(() => undefined)));
    await database.close();
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
