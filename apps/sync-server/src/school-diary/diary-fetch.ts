import { boundedDiary, isIsoDate, parseDateRu } from '@rodnik/domain';
import type { DataOf, TypedDoc } from '../sync/policy.ts';
import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import { enqueue, type JobPayload } from '../jobs/job-registry.ts';
import { periodicTask } from '../maintenance/periodic-task.ts';
import { parsedDoc, readDoc } from '../store/family-docs.ts';
import { keyPageCursor, type Store, type StoreWrites } from '../store/store.ts';
import type { JobWorker } from '../verification/job-worker.ts';
import type { SchoolDiary } from './school-diary.ts';

export const SCHOOL_DIARY_FETCH_JOB = 'school-diary-fetch';
export type DiaryFetchJob = JobPayload<typeof SCHOOL_DIARY_FETCH_JOB>;

/** The lookup key of a diary whose family consents: the periodic refresh reads only those. */
export const DIARY_CONSENTED_KEY = 'diary:consented';
/** A consented diary is read again when its last read is older than this. */
export const DIARY_REFRESH_MS = 6 * 3_600_000;
/** At most this many refreshes are queued per run, so one run stays bounded. */
export const DIARY_REFRESHES_PER_RUN = 1_000;

/** Queues a read of one child's diary for the consent given at `consentAt`. */
export async function enqueueDiaryFetch(
  tx: Pick<StoreWrites, 'enqueueJob'>,
  job: DiaryFetchJob,
  id: string,
  now: string,
): Promise<void> {
  await enqueue(tx, SCHOOL_DIARY_FETCH_JOB, job, { id: `${SCHOOL_DIARY_FETCH_JOB}:${id}`, now });
}

/** The diary still holds the consent the job was queued for (not withdrawn, not replaced). */
function stillConsented(
  doc: TypedDoc<'diary'> | null,
  job: DiaryFetchJob,
): doc is TypedDoc<'diary'> {
  if (!doc || doc.deleted) return false;
  const consent = doc.data.consent;
  return consent?.given === true && consent.at === job.consentAt;
}

/**
 * Reads the child's diary from the school registry and stores it on the
 * family's `diary` document (replicated read-only to the phones). Only a
 * verified card is looked up. The consent is checked again in the writing
 * transaction: a withdrawal that landed during the read keeps nothing.
 */
export async function fetchDiary(
  deps: { store: Store; clock: Clock; schoolDiary: SchoolDiary },
  job: DiaryFetchJob,
): Promise<void> {
  const diary = await readDoc(deps.store, 'diary', job.childId);
  if (!stillConsented(diary, job)) return;
  const card = await readDoc(deps.store, 'children', job.childId);
  const now = deps.clock.now();
  const cleared = { grades: [], homework: [] };
  let patch: Partial<DataOf<'diary'>>;
  const data = card?.data;
  const certificate = data?.birthCertificate;
  // The card keeps the date as typed (ДД.ММ.ГГГГ); the registry is asked with ISO.
  const birthDate =
    data?.birthDate && (isIsoDate(data.birthDate) ? data.birthDate : parseDateRu(data.birthDate));
  if (
    !card ||
    card.deleted ||
    card.familyId !== diary.familyId ||
    data?.status !== 'verified' ||
    !birthDate ||
    !certificate?.number
  ) {
    // Checked now (the refresh asks again later): a card verified meanwhile is then read.
    patch = { status: 'card-not-verified', ...cleared, fetchedAt: now.toISOString() };
  } else {
    const answer = await deps.schoolDiary.read(
      {
        childId: card.id,
        birthDate,
        certificate: `${certificate.series ?? ''} ${certificate.number}`.trim(),
      },
      now,
    );
    patch =
      answer.kind === 'found'
        ? {
            status: 'ready',
            ...boundedDiary(answer),
            fetchedAt: now.toISOString(),
          }
        : { status: 'not-school-age', ...cleared, fetchedAt: now.toISOString() };
  }
  await deps.store.transaction(async (tx) => {
    const current = await readDoc(tx, 'diary', job.childId);
    if (!stillConsented(current, job)) return;
    await tx.putDoc({ ...current, data: { ...current.data, ...patch } });
  });
}

/**
 * Refreshes consented diaries beside the job workers: each run queues a read
 * for every consented diary not read for `DIARY_REFRESH_MS`, at most
 * `DIARY_REFRESHES_PER_RUN`. A withdrawn diary holds no key, so it is never read.
 */
export function diaryRefresher(
  deps: { store: Store; clock: Clock; logger: Logger; newId(): string; kickJobs(): void },
  everyMs = 3_600_000,
): JobWorker {
  const worker = periodicTask({
    name: 'diary refresh',
    everyMs,
    logger: deps.logger,
    async task() {
      const now = deps.clock.now();
      const staleBefore = new Date(now.getTime() - DIARY_REFRESH_MS).toISOString();
      let after: { value: string; id: string } | null = null;
      let queued = 0;
      for (;;) {
        const page = await deps.store.pageDocsByKey('diary', DIARY_CONSENTED_KEY, {
          equal: {},
          orderBy: 'fetchedAt',
          after,
          limit: 200,
        });
        const stale = page.flatMap((doc) => {
          const { data } = parsedDoc('diary', doc);
          // A diary not read yet counts from its consent: its first read is already queued.
          const consent = data.consent?.given === true ? data.consent : null;
          return consent && (data.fetchedAt ?? consent.at) < staleBefore
            ? [{ childId: doc.id, consentAt: consent.at }]
            : [];
        });
        const batch = stale.slice(0, DIARY_REFRESHES_PER_RUN - queued);
        if (batch.length > 0) {
          await deps.store.transaction(async (tx) => {
            for (const fetch of batch) {
              await enqueueDiaryFetch(tx, fetch, deps.newId(), now.toISOString());
            }
          });
          queued += batch.length;
        }
        if (page.length < 200 || queued >= DIARY_REFRESHES_PER_RUN) break;
        after = keyPageCursor(page.at(-1)!, 'fetchedAt');
      }
      if (queued > 0) deps.kickJobs();
    },
  });
  // Draining runs a refresh, so a caller (a test) sees its reads queued at once.
  return {
    ...worker,
    async drain() {
      await worker.runNow();
    },
  };
}
