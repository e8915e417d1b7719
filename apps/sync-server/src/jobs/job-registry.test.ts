import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, expect, expectTypeOf, it } from 'vitest';
import type { PaymentRequest } from '../payments/payments.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { TestClock } from '../test-support/test-server.ts';
import { enqueue, jobPayload, jobWorker, type JobPayload } from './job-registry.ts';

let dir: string;
let store: Store;
const clock = new TestClock();
const now = () => clock.now().toISOString();
const later = () => new Date(clock.now().getTime() + 3_600_000).toISOString();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rodnik-jobs-'));
  store = await openSqliteStore(join(dir, 'jobs.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it('types each kind’s payload from its schema', () => {
  expectTypeOf<JobPayload<'release-blob'>>().toEqualTypeOf<{ familyId: string; sha256: string }>();
  expectTypeOf<JobPayload<'purge-soft-deleted'>['collection']>().toEqualTypeOf<
    'children' | 'applications'
  >();
  // A payment job carries what the payments port opens, and the application it is for.
  expectTypeOf<
    Omit<JobPayload<'application-payment'>, 'applicationId'>
  >().toEqualTypeOf<PaymentRequest>();
});

it('stores a job of a kind with its payload, due now unless told later', async () => {
  await store.transaction(async (tx) => {
    await enqueue(tx, 'document-settled', { documentId: 'd1' }, { id: 'j1', now: now() });
    await enqueue(
      tx,
      'release-blob',
      { familyId: 'f1', sha256: 'ab' },
      { id: 'j2', now: now(), runAfter: later() },
    );
  });
  const due = await store.transaction((tx) => tx.claimJobs('document-settled', now(), 10));
  expect(due).toEqual([
    expect.objectContaining({
      id: 'j1',
      kind: 'document-settled',
      payload: { documentId: 'd1' },
      status: expect.any(String),
      attempts: 0,
    }),
  ]);
  expect(await store.transaction((tx) => tx.claimJobs('release-blob', now(), 10))).toEqual([]);
  expect(await store.transaction((tx) => tx.claimJobs('release-blob', later(), 10))).toHaveLength(
    1,
  );
});

it('refuses to queue a payload its kind does not describe, naming the field', async () => {
  const queued = store.transaction((tx) =>
    // @ts-expect-error -- the compiler refuses it too: `sha256` is missing.
    enqueue(tx, 'release-blob', { familyId: 'f1' }, { id: 'j3', now: now() }),
  );
  await expect(queued).rejects.toThrow(/sha256/);
});

it('drops fields a kind does not carry, so nothing unplanned is stored', async () => {
  await store.transaction((tx) =>
    enqueue(
      tx,
      'document-settled',
      { documentId: 'd2', phone: '+79123456789' } as JobPayload<'document-settled'>,
      { id: 'j4', now: now() },
    ),
  );
  const [job] = await store.transaction((tx) => tx.claimJobs('document-settled', now(), 10));
  expect(job?.payload).toEqual({ documentId: 'd2' });
});

it('hands the worker’s handler the parsed payload; a malformed stored one fails its job with the field named', async () => {
  const seen: JobPayload<'verify-identity'>[] = [];
  const worker = jobWorker({
    kind: 'verify-identity',
    store,
    clock,
    logger: pino({ level: 'silent' }),
    async handle(payload) {
      seen.push(payload);
    },
  });
  await store.transaction(async (tx) => {
    await enqueue(
      tx,
      'verify-identity',
      { memberId: 'm1', submittedAt: now() },
      { id: 'ok', now: now() },
    );
    // Written by hand, as an older server might have: no `submittedAt`.
    await tx.enqueueJob({
      id: 'bad',
      kind: 'verify-identity',
      payload: { memberId: 'm2' },
      status: 'pending',
      attempts: 0,
      runAfter: now(),
      lastError: null,
    });
  });
  await worker.drain();
  expect(seen).toEqual([{ memberId: 'm1', submittedAt: now() }]);
  const [retried] = await store.transaction((tx) => tx.claimJobs('verify-identity', later(), 10));
  expect(retried).toMatchObject({ id: 'bad', attempts: 1 });
  expect(retried?.lastError).toMatch(/submittedAt/);
});

it('will not read one kind’s job as another’s', () => {
  expect(() =>
    jobPayload('release-blob', { kind: 'document-settled', payload: { documentId: 'd' } }),
  ).toThrow(/document-settled job given to the release-blob worker/);
});
