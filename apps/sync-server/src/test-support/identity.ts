import { expect } from 'vitest';
import { call, type SignedIn } from './api-client.ts';
import { encodePng } from './png.ts';
import { pushDocumentRecord, uploadWhole } from './uploads.ts';

type Fetchable = { request(input: string, init?: RequestInit): Response | Promise<Response> };

/** The passport the fixture registry holds for the default test parent, Иванова Мария. */
export const MARIA_PASSPORT = {
  surname: 'Иванова',
  givenName: 'Мария',
  patronymic: '',
  birthDate: '03.02.1991',
  series: '45 06',
  number: '100002',
  issueDate: '15.03.2011',
  issuedBy: 'ОВД района Хамовники г. Москвы',
  departmentCode: '772-001',
};

/** The signed-in account's own `members` document, as its pull shows it. */
export async function ownMember(app: Fetchable, who: SignedIn) {
  const pulled = await call(
    app,
    'GET',
    '/api/v1/sync/members/pull?after=0&limit=500',
    undefined,
    who.token,
  );
  expect(pulled.status).toBe(200);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire documents
  const member = (pulled.json.documents as any[]).find((doc) => doc.accountId === who.accountId);
  expect(member, 'own member document').toBeDefined();
  return member;
}

/** Pushes the passport and asks for the check, as the profile screen does. */
export async function submitPassport(
  app: Fetchable,
  who: SignedIn,
  passport: Record<string, string>,
  submittedAt: string,
) {
  const member = await ownMember(app, who);
  return call(
    app,
    'POST',
    '/api/v1/sync/members/push',
    [
      {
        assumedMasterState: member,
        newDocumentState: { ...member, passport, identitySubmittedAt: submittedAt },
      },
    ],
    who.token,
  );
}

/** Uploads a readable passport scan on the parent's own profile; answers the document id. */
export async function uploadPassportScan(app: Fetchable, who: SignedIn): Promise<string> {
  const scan = encodePng(1200, 900);
  const documentId = await pushDocumentRecord(app, who, scan, {
    kind: 'parent-passport',
    accountId: who.accountId,
  });
  const finished = await uploadWhole(app, who.token, documentId, scan);
  expect(finished.status).toBe(204);
  return documentId;
}

/**
 * Makes a test parent «Подтверждённая»: a scan, the passport, the check.
 * `drain` runs the server's job workers (the test server does not poll).
 */
export async function confirmIdentity(
  app: Fetchable,
  who: SignedIn,
  drain: () => Promise<void>,
  passport: Record<string, string> = MARIA_PASSPORT,
): Promise<void> {
  await uploadPassportScan(app, who);
  const pushed = await submitPassport(app, who, passport, new Date().toISOString());
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await drain();
  const member = await ownMember(app, who);
  expect(member.identity.status, JSON.stringify(member.identity.issues)).toBe('confirmed');
}
