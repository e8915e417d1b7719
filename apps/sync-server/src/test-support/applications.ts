import type { DocumentKind } from '@rodnik/domain';
import { expect } from 'vitest';
import { createOperator } from '../operator/create-operator.ts';
import type { Store } from '../store/store.ts';
import { cheapPasswords } from './cheap-passwords.ts';
import { call, PASSWORD, type SignedIn } from './api-client.ts';
import { childCardDoc, newDocId } from './child-cards.ts';
import type { TestServer } from './test-server.ts';

type Fetchable = TestServer['app'];

/** Kindergarten answers that pass the catalog on 24.11.2026 (the test clock's day). */
export const KINDERGARTEN_ANSWERS = {
  municipality: 'ramenskoye',
  preferredKindergartens: ['dou-ram-12', 'dou-ram-5'],
  startDate: '01.09.2027',
  groupType: 'general',
};

export const KINDERGARTEN_DOCUMENTS: DocumentKind[] = [
  'birth-certificate',
  'proof-of-address',
  'oms-policy',
  'medical-record',
];

/** An application as a family's device pushes it. */
export function applicationDoc(
  familyId: string,
  id: string,
  childId: string | null,
  fields: Record<string, unknown> = {},
) {
  return {
    id,
    familyId,
    serviceId: 'kindergarten-enrolment',
    childId,
    answers: KINDERGARTEN_ANSWERS,
    documentIds: [],
    consent: { given: true, at: '2026-11-24T08:00:00.000Z' },
    submittedAt: null,
    withdrawnAt: null,
    _deleted: false,
    ...fields,
  };
}

/**
 * A document record as the uploads part leaves it once its bytes are checked:
 * a server-owned write straight through the store (uploads are another part).
 */
export async function putDocumentRecord(
  store: Store,
  where: {
    familyId: string;
    kind: DocumentKind;
    status?: 'queued' | 'uploading' | 'uploaded' | 'accepted' | 'rejected';
    childId?: string | null;
    applicationId?: string | null;
    accountId?: string | null;
    id?: string;
  },
): Promise<string> {
  const id = where.id ?? newDocId();
  await store.transaction((tx) =>
    tx.putDoc({
      collection: 'documents',
      id,
      familyId: where.familyId,
      childId: where.childId ?? null,
      deleted: false,
      data: {
        kind: where.kind,
        childId: where.childId ?? null,
        applicationId: where.applicationId ?? null,
        accountId: where.accountId ?? null,
        bundleId: null,
        page: 1,
        fileName: `${where.kind}.jpg`,
        mimeType: 'image/jpeg',
        size: 120_000,
        sha256: 'b'.repeat(64),
        createdAt: '2026-11-24T08:00:00.000Z',
        status: where.status ?? 'accepted',
        rejection: where.status === 'rejected' ? { code: 'file-unreadable', params: {} } : null,
        uploadedAt: '2026-11-24T08:30:00.000Z',
      },
    }),
  );
  return id;
}

/** The identity confirmation's outcome on the parent's member document (another part's flow). */
export async function confirmIdentity(store: Store, who: SignedIn): Promise<void> {
  await store.transaction(async (tx) => {
    const member = (await tx.pullDocs('members', { familyId: who.familyId }, 0, 100)).find(
      (doc) => doc.data.accountId === who.accountId,
    );
    expect(member, 'the parent’s member document').toBeDefined();
    await tx.putDoc({
      ...member!,
      data: {
        ...member!.data,
        identity: {
          status: 'confirmed',
          submittedAt: '2026-11-24T07:00:00.000Z',
          checkedAt: '2026-11-24T07:05:00.000Z',
          issues: [],
        },
      },
    });
  });
}

/** A child card pushed and verified, as the family's device and the registry leave it. */
export async function verifiedChild(server: TestServer, who: SignedIn): Promise<string> {
  const id = newDocId();
  const pushed = await call(
    server.app,
    'POST',
    '/api/v1/sync/children/push',
    [
      {
        newDocumentState: childCardDoc(who.familyId, id, {
          submittedAt: '2026-11-24T08:10:00.000Z',
        }),
      },
    ],
    who.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await server.parts.worker.drain();
  return id;
}

/** An operator made the way the CLI makes one, signed in with login and password. */
export async function signedInOperator(
  app: Fetchable,
  store: Store,
  login = 'ivanova.op',
): Promise<{ token: string; accountId: string }> {
  const account = await createOperator(
    store,
    { login, name: 'Иванова Ольга', password: PASSWORD },
    new Date('2026-11-24T06:00:00.000Z'),
    (size) => crypto.getRandomValues(new Uint8Array(size)),
    cheapPasswords.hash,
  );
  const signIn = await call(app, 'POST', '/api/v1/auth/sign-in', { login, password: PASSWORD });
  expect(signIn.status, JSON.stringify(signIn.json)).toBe(200);
  return { token: signIn.json.token, accountId: account.id };
}
