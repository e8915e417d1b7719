import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  KINDERGARTEN_DOCUMENTS,
  putDocumentRecord,
  signedInOperator,
  verifiedChild,
} from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * Issue 13: a decision says what happens next, the question and the written answer stay,
 * a refusal may be corrected and resent, and the family hears of it by SMS and e-mail.
 */
let server: TestServer;
let parent: SignedIn;
let child: string;
let operator: { token: string; accountId: string };
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  await confirmIdentity(server.store, parent);
  child = await verifiedChild(server, parent);
  for (const kind of KINDERGARTEN_DOCUMENTS) {
    await putDocumentRecord(server.store, { familyId: parent.familyId, kind, childId: child });
  }
  operator = await signedInOperator(server.app, server.store);
});
afterEach(async () => {
  await server.close();
});

const api = (method: string, path: string, body?: unknown, token?: string) =>
  call(server.app, method, `/api/v1${path}`, body, token);

async function push(doc: Record<string, unknown>, assumedMasterState?: Record<string, unknown>) {
  const pushed = await api(
    'POST',
    '/sync/applications/push',
    [{ newDocumentState: doc, ...(assumedMasterState ? { assumedMasterState } : {}) }],
    parent.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  expect(pushed.json, 'nothing refused').toEqual([]);
  await server.parts.worker.drain();
}
async function view(id: string) {
  const pulled = await api('GET', '/sync/applications/pull?after=0', undefined, parent.token);
  return pulled.json.documents.find((doc: { id: string }) => doc.id === id);
}
const decide = (id: string, body: unknown) =>
  api('POST', `/operator/applications/${id}/decision`, body, operator.token);
async function outbox(): Promise<{ to: string; purpose: string; text: string; channel: string }[]> {
  return (await api('GET', '/dev/outbox')).json.messages;
}

async function sent(fields: Record<string, unknown> = {}) {
  const id = newDocId();
  await push(
    applicationDoc(parent.familyId, id, child, {
      submittedAt: '2026-11-24T09:00:00.000Z',
      ...fields,
    }),
  );
  const doc = await view(id);
  expect(doc.status, JSON.stringify(doc.issues)).toBe('in_review');
  return id;
}

describe('decisions that say what happens next', () => {
  it('an approval carries the place, start date, what to bring and by when', async () => {
    const id = await sent();
    const approved = await decide(id, {
      action: 'approve',
      result: {
        place: 'Детский сад № 17 «Ромашка», группа «Пчёлки»',
        startDate: '01.09.2027',
        bring: 'Медицинскую карту по форме 026/у',
        byDate: '2027-08-20',
      },
    });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    await server.parts.worker.drain();
    const doc = await view(id);
    expect(doc.decision.result).toEqual({
      place: 'Детский сад № 17 «Ромашка», группа «Пчёлки»',
      startDate: '2027-09-01',
      referral: null,
      bring: 'Медицинскую карту по форме 026/у',
      byDate: '2027-08-20',
      documentNumber: null,
      amountRub: null,
    });
    expect(doc.decision.document).toBeNull();
  });

  it('refuses a date it cannot read, naming the field', async () => {
    const id = await sent();
    const bad = await decide(id, { action: 'approve', result: { startDate: '31.02.2027' } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.fields[0].field).toBe('result.startDate');
    expect((await view(id)).status).toBe('in_review');
  });

  it('keeps the question and the written answer in the history after the resend', async () => {
    const id = await sent();
    const asked = await decide(id, {
      action: 'request-info',
      question: 'Уточните дату: группы набираются с 1 октября.',
      fields: ['startDate'],
    });
    expect(asked.status).toBe(200);
    const before = await view(id);
    await push(
      {
        ...before,
        answers: { ...before.answers, startDate: '01.10.2027' },
        reply: 'Исправила дату на 1 октября.',
        submittedAt: '2026-11-24T10:00:00.000Z',
      },
      before,
    );
    const after = await view(id);
    expect(after.status).toBe('in_review');
    expect(after.conversation.map((e: { by: string; text: string }) => [e.by, e.text])).toEqual([
      ['operator', 'Уточните дату: группы набираются с 1 октября.'],
      ['family', 'Исправила дату на 1 октября.'],
    ]);
  });

  it('a refusal names what to correct, and a corrected copy is taken; an uncorrectable one is not', async () => {
    const id = await sent();
    const refused = await decide(id, {
      action: 'reject',
      reason: 'В выбранных садах нет мест на эту дату.',
      correctable: { fields: ['preferredKindergartens', 'startDate'], documentKinds: [] },
    });
    expect(refused.status, JSON.stringify(refused.json)).toBe(200);
    const doc = await view(id);
    expect(doc.decision.correctable).toEqual({
      fields: ['preferredKindergartens', 'startDate'],
      documentKinds: [],
    });
    const corrected = await sent({ correctsId: id });
    expect((await view(corrected)).issues).toEqual([]);

    const plain = await sent();
    expect((await decide(plain, { action: 'reject', reason: 'Нет мест.' })).status).toBe(200);
    const wrong = newDocId();
    await push(
      applicationDoc(parent.familyId, wrong, child, {
        submittedAt: '2026-11-24T11:00:00.000Z',
        correctsId: plain,
      }),
    );
    expect((await view(wrong)).issues).toContainEqual({
      field: 'correctsId',
      code: 'invalid-value',
    });
  });

  it('refuses correctable parts that are not of the form', async () => {
    const id = await sent();
    const bad = await decide(id, {
      action: 'reject',
      reason: 'Нет мест.',
      correctable: { fields: ['nonsense'], documentKinds: [] },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.fields[0].field).toBe('correctable.fields.0');
  });
});

describe('a decision reaches the family outside the app', () => {
  it('by SMS and e-mail, naming only the request number and the service', async () => {
    const id = await sent();
    await decide(id, { action: 'approve' });
    await server.parts.worker.drain();
    const { requestNumber } = await view(id);
    const messages = (await outbox()).filter((m) => m.purpose === 'application-decision');
    expect(messages.map((m) => [m.channel, m.to]).sort()).toEqual(
      [
        ['email', parent.email],
        ['sms', parent.phone],
      ].sort(),
    );
    for (const m of messages) {
      expect(m.text).toBe(
        `Родник: заявление № ${requestNumber} («Запись в детский сад») — одобрено — что дальше, смотрите в приложении.`,
      );
      expect(m.text).not.toMatch(/Иванов|Анна|Мария/);
    }
  });

  it('as each member chose: e-mail only, decisions only, SMS held through quiet hours', async () => {
    const saved = await api(
      'PUT',
      '/family/notification-settings',
      { sms: true, email: false, events: ['decision'], quiet: { from: 22, to: 8 } },
      parent.token,
    );
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    const members = await api('GET', '/sync/members/pull?after=0', undefined, parent.token);
    expect(members.json.documents[0].notify).toEqual({
      sms: true,
      email: false,
      events: ['decision'],
      quiet: { from: 22, to: 8 },
    });
    const id = await sent();
    // No status message (only decisions chosen), and the decision at 23:30 Moscow waits.
    expect((await outbox()).filter((m) => m.purpose.startsWith('application-'))).toEqual([]);
    server.clock.advance(11.5 * 3_600_000); // 20:30 UTC

    await decide(id, { action: 'approve' });
    await server.parts.worker.drain();
    expect((await outbox()).filter((m) => m.purpose.startsWith('application-'))).toEqual([]);
    server.clock.advance(8.5 * 3_600_000); // 05:00 UTC, 08:00 in Moscow
    await server.parts.worker.drain();
    const after = (await outbox()).filter((m) => m.purpose.startsWith('application-'));
    expect(after.map((m) => [m.channel, m.purpose])).toEqual([['sms', 'application-decision']]);
  });

  it('refuses bad settings, naming the field', async () => {
    const bad = await api(
      'PUT',
      '/family/notification-settings',
      { sms: true, email: true, events: ['status'], quiet: { from: 25, to: 8 } },
      parent.token,
    );
    expect(bad.status).toBe(422);
    expect(bad.json.error.fields[0].field).toBe('quiet.from');
    expect((await api('PUT', '/family/notification-settings', {}, operator.token)).status).toBe(
      403,
    );
  });
});

describe('payments after an approval', () => {
  it('a paid club opens a charge with its price; a benefit schedules a payout', async () => {
    await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'income-statement',
      childId: child,
    });
    const club = await sent({
      serviceId: 'clubs-sections',
      answers: {
        municipality: 'ramenskoye',
        club: 'club-ram-swim',
        groupFormat: 'paid',
        startDate: '01.12.2026',
      },
    });
    await decide(club, { action: 'approve' });
    await server.parts.worker.drain();
    expect((await view(club)).payment).toMatchObject({
      kind: 'charge',
      status: 'awaiting-payment',
      amountRub: 2500,
    });
    const benefit = await sent({
      serviceId: 'unified-benefit',
      answers: {
        familyMembers: [{ fullName: 'Иванова Мария', relation: 'mother', birthDate: '12.04.1990' }],
        income12Months: '300000',
        bik: '044525225',
        bankAccount: '40817810838123456789',
      },
    });
    await decide(benefit, { action: 'approve', result: { amountRub: 8450 } });
    await server.parts.worker.drain();
    const payout = (await view(benefit)).payment;
    expect(payout).toMatchObject({ kind: 'payout', status: 'scheduled', amountRub: 8450 });
    expect(payout.history[0]).toMatchObject({ status: 'scheduled', amountRub: 8450 });
  });

  it('a certificate arrives on the phone as text with its number', async () => {
    const id = await sent({ serviceId: 'register-extract', answers: { purpose: 'benefit' } });
    await decide(id, { action: 'approve', result: { documentNumber: 'МС-17/2026' } });
    const doc = await view(id);
    expect(doc.decision.document.title.ru).toBe('Выписка из реестра многодетных семей');
    expect(doc.decision.document.number).toBe('МС-17/2026');
    expect(doc.decision.document.lines).toContainEqual({
      label: { ru: 'Основание', en: 'Grounds' },
      value: `заявление № ${doc.requestNumber}`,
    });
  });
});

describe('the desk updates by itself', () => {
  it('hears «changed» on its event stream when a family sends an application', async () => {
    const response = await server.app.request('/api/v1/operator/stream', {
      headers: { authorization: `Bearer ${operator.token}`, 'x-rodnik-protocol': '1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const until = async (word: string) => {
      while (!seen.includes(word)) seen += decoder.decode((await reader.read()).value);
    };
    await until('event: ready');
    await sent();
    await until('event: changed');
    expect(seen).not.toMatch(/Иванов|Анна/);
    await reader.cancel();
  });

  it('names the applying parent and whether their account is confirmed', async () => {
    const id = await sent();
    const detail = await api('GET', `/operator/applications/${id}`, undefined, operator.token);
    expect(detail.json.applicant).toEqual({
      surname: 'Иванова',
      givenName: 'Мария',
      patronymic: null,
      confirmed: true,
    });
  });
});
