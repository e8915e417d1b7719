import { afterEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  signedInOperator,
  verifiedChild,
} from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * Booking a doctor (issue 13): the slot is held as the send arrives, by the store's key per
 * (doctor, start), so of families sending one slot at once exactly one holds it — on
 * SQLite and on PostgreSQL, whose family-scoped pushes really run at the same time.
 * The test clock stands at 12:00 on Tuesday 24 November 2026 in Moscow.
 */

const DOCTOR = 'doc-ram-ped-1';
const SLOT = '2026-11-25T09:20';
const SENT = '2026-11-24T09:00:00.000Z';

type Family = SignedIn & { child: string };
type Doc = Record<string, unknown> & {
  id: string;
  status: string;
  answers: Record<string, unknown>;
  appointment: {
    status: string;
    doctorId: string;
    start: string;
    taken: string | null;
    alternatives: string[];
  } | null;
  infoRequest: { fields: string[] } | null;
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function family(server: TestServer): Promise<Family> {
  const who = await signUpAndSignIn(server.app);
  await confirmIdentity(server.store, who);
  return { ...who, child: await verifiedChild(server, who) };
}

const booking = (who: Family, id: string, slot: string, fields: Record<string, unknown> = {}) =>
  applicationDoc(who.familyId, id, who.child, {
    serviceId: 'doctor-appointment',
    answers: { clinic: 'clinic-ram-child', specialty: 'pediatrician', doctor: DOCTOR, slot },
    submittedAt: SENT,
    ...fields,
  });

async function push(server: TestServer, who: Family, rows: unknown[]) {
  const answer = await call(server.app, 'POST', '/api/v1/sync/applications/push', rows, who.token);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json as Doc[];
}

async function pulled(server: TestServer, who: Family, id: string): Promise<Doc> {
  const page = await call(
    server.app,
    'GET',
    '/api/v1/sync/applications/pull?after=0&limit=500',
    undefined,
    who.token,
  );
  return (page.json.documents as Doc[]).find((doc) => doc.id === id)!;
}

async function holders(server: TestServer, start = SLOT) {
  const holds = await server.store.listSlotHolds([DOCTOR], '2026-11-24T00:00', '2026-12-09T00:00');
  return holds.filter((h) => h.start === start).map((h) => h.applicationId);
}

/** A family's booking, sent and arrived: held, in review. */
async function booked(server: TestServer, who: Family, slot = SLOT): Promise<Doc> {
  const id = newDocId();
  await push(server, who, [{ newDocumentState: booking(who, id, slot) }]);
  await server.parts.worker.drain();
  const doc = await pulled(server, who, id);
  expect(doc.appointment?.status).toBe('held');
  return doc;
}

describe.each(['sqlite', 'postgresql'] as const)('doctor appointments on %s', (store) => {
  async function server(): Promise<TestServer> {
    const started = await startTestServer({ store });
    closers.push(() => started.close());
    return started;
  }

  it('holds one slot for exactly one of several families booking it at once', async () => {
    const s = await server();
    const families = await Promise.all(Array.from({ length: 5 }, () => family(s)));
    const ids = families.map(() => newDocId());
    await Promise.all(
      families.map((who, n) => push(s, who, [{ newDocumentState: booking(who, ids[n]!, SLOT) }])),
    );
    await s.parts.worker.drain();
    const docs = await Promise.all(families.map((who, n) => pulled(s, who, ids[n]!)));

    const winners = docs.filter((doc) => doc.appointment?.status === 'held');
    expect(winners).toHaveLength(1);
    expect(winners[0]!.status).toBe('in_review');
    expect(await holders(s)).toEqual([winners[0]!.id]);
    for (const lost of docs.filter((doc) => doc !== winners[0])) {
      // The slot went to another family: the nearest free ones come back to choose from
      // (20 and 40 minutes either side, then the earlier of the two an hour away).
      expect(lost.appointment).toMatchObject({ status: 'slot-taken', taken: SLOT });
      expect(lost.appointment!.alternatives).toEqual([
        '2026-11-25T08:20',
        '2026-11-25T08:40',
        '2026-11-25T09:00',
        '2026-11-25T09:40',
        '2026-11-25T10:00',
      ]);
      expect(lost.status).toBe('needs_info');
      expect(lost.infoRequest?.fields).toEqual(['slot']);
    }
  }, 120_000);

  it('lets a family that lost the slot pick an offered one and hold it', async () => {
    const s = await server();
    const [first, second] = [await family(s), await family(s)];
    await booked(s, first);
    const id = newDocId();
    await push(s, second, [{ newDocumentState: booking(second, id, SLOT) }]);
    await s.parts.worker.drain();
    const lost = await pulled(s, second, id);
    const pick = lost.appointment!.alternatives[0]!;

    const resent = {
      ...lost,
      answers: { ...lost.answers, slot: pick },
      submittedAt: '2026-11-24T09:05:00.000Z',
    };
    expect(await push(s, second, [{ assumedMasterState: lost, newDocumentState: resent }])).toEqual(
      [],
    );
    await s.parts.worker.drain();
    const held = await pulled(s, second, id);
    expect(held.appointment).toMatchObject({ status: 'held', start: pick, alternatives: [] });
    expect(held.status).toBe('in_review');
    expect(await holders(s, pick)).toEqual([id]);
  }, 60_000);

  it('frees the slot when the family cancels, so another family can book it', async () => {
    const s = await server();
    const [first, second] = [await family(s), await family(s)];
    const doc = await booked(s, first);
    const cancel = { ...doc, withdrawnAt: '2026-11-24T09:10:00.000Z' };
    expect(await push(s, first, [{ assumedMasterState: doc, newDocumentState: cancel }])).toEqual(
      [],
    );
    const cancelled = await pulled(s, first, doc.id);
    expect(cancelled.status).toBe('withdrawn');
    expect(cancelled.appointment?.status).toBe('released');
    expect(await holders(s)).toEqual([]);
    await booked(s, second);
  }, 60_000);

  it('moves a booking atomically: the new slot held and the old one freed, or nothing moves', async () => {
    const s = await server();
    const [first, second] = [await family(s), await family(s)];
    const doc = await booked(s, first);
    const other = await booked(s, second, '2026-11-26T10:00');

    // To a free slot: held, the old one freed in the same push.
    const move = (from: Doc, slot: string, at: string) => ({
      ...from,
      answers: { ...from.answers, slot },
      submittedAt: at,
    });
    const to = '2026-11-26T09:00';
    await push(s, first, [
      { assumedMasterState: doc, newDocumentState: move(doc, to, '2026-11-24T09:20:00.000Z') },
    ]);
    const moved = await pulled(s, first, doc.id);
    expect(moved.appointment).toMatchObject({ status: 'held', start: to, taken: null });
    expect(moved.status).toBe('in_review');
    expect(await holders(s, to)).toEqual([doc.id]);
    expect(await holders(s, SLOT)).toEqual([]);

    // To a slot another family holds: the booking stays where it was, the answers too.
    await push(s, first, [
      {
        assumedMasterState: moved,
        newDocumentState: move(moved, '2026-11-26T10:00', '2026-11-24T09:25:00.000Z'),
      },
    ]);
    const kept = await pulled(s, first, doc.id);
    expect(kept.appointment).toMatchObject({
      status: 'held',
      start: to,
      taken: '2026-11-26T10:00',
    });
    expect(kept.appointment!.alternatives).not.toContain('2026-11-26T10:00');
    expect(kept.appointment!.alternatives).not.toContain(to);
    expect(kept.answers.slot).toBe(to);
    expect(await holders(s, to)).toEqual([doc.id]);
    expect(await holders(s, '2026-11-26T10:00')).toEqual([other.id]);
  }, 60_000);
});

describe('a booking the polyclinic refuses', () => {
  it('frees its slot with the refusal', async () => {
    const s = await startTestServer();
    closers.push(() => s.close());
    const who = await family(s);
    const doc = await booked(s, who);
    const operator = await signedInOperator(s.app, s.store);
    const decided = await call(
      s.app,
      'POST',
      `/api/v1/operator/applications/${doc.id}/decision`,
      { action: 'reject', reason: 'Врач в отпуске, запишитесь к другому.' },
      operator.token,
    );
    expect(decided.status, JSON.stringify(decided.json)).toBe(200);
    const refused = await pulled(s, who, doc.id);
    expect(refused.status).toBe('rejected');
    expect(refused.appointment?.status).toBe('released');
    expect(await holders(s)).toEqual([]);
  }, 60_000);
});

describe('a booking after the visit started', () => {
  it('is neither cancelled nor moved', async () => {
    const s = await startTestServer();
    closers.push(() => s.close());
    const who = await family(s);
    const doc = await booked(s, who, '2026-11-24T12:20');
    s.clock.advance(30 * 60_000); // 12:30 in Moscow
    const cancel = { ...doc, withdrawnAt: s.clock.now().toISOString() };
    const [refused] = await push(s, who, [{ assumedMasterState: doc, newDocumentState: cancel }]);
    expect(refused).toMatchObject({ status: 'in_review', withdrawnAt: null });
    const move = {
      ...doc,
      answers: { ...doc.answers, slot: '2026-11-25T08:00' },
      submittedAt: s.clock.now().toISOString(),
    };
    const [kept] = await push(s, who, [{ assumedMasterState: doc, newDocumentState: move }]);
    expect(kept).toMatchObject({ answers: { slot: '2026-11-24T12:20' } });
    expect(await holders(s, '2026-11-24T12:20')).toEqual([doc.id]);
  }, 60_000);
});

describe('the schedule directory', () => {
  it('lists each doctor’s free slots for 14 days, the held ones left out', async () => {
    const s = await startTestServer();
    closers.push(() => s.close());
    const who = await family(s);
    await booked(s, who);
    const got = await call(
      s.app,
      'GET',
      '/api/v1/family/schedule/clinic-ram-child',
      undefined,
      who.token,
    );
    expect(got.status).toBe(200);
    expect(got.json.days).toHaveLength(14);
    expect(got.json.days[0]).toBe('2026-11-24');
    const ped = (got.json.doctors as { doctorId: string; free: string[] }[]).find(
      (d) => d.doctorId === DOCTOR,
    )!;
    expect(ped.free[0]).toBe('2026-11-24T12:20');
    expect(ped.free).not.toContain(SLOT);
    expect(ped.free).toContain('2026-11-25T09:00');
    const unknown = await call(
      s.app,
      'GET',
      '/api/v1/family/schedule/nowhere',
      undefined,
      who.token,
    );
    expect(unknown.status).toBe(404);
  }, 60_000);
});
