import { createHash, randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { encodePng } from '../../apps/sync-server/src/test-support/png.ts';

/** A parent who does not exist yet: unique phone and e-mail per test. */
export interface Parent {
  surname: string;
  givenName: string;
  patronymic: string;
  phone: string;
  email: string;
  password: string;
}

export function newParent(): Parent {
  const n = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-9);
  return {
    surname: 'Иванова',
    givenName: 'Елена',
    patronymic: 'Петровна',
    phone: `+79${n}`,
    email: `parent-${n}@example.ru`,
    password: 'Rodnik-2026!pass',
  };
}

/** A teenager (14 or older) who signs up on their own: Илья Петров of the fixture registry. */
export function newTeen(): Parent {
  const n = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-9);
  return {
    surname: 'Петров',
    givenName: 'Илья',
    patronymic: 'Андреевич',
    phone: `+79${n}`,
    email: `teen-${n}@example.ru`,
    password: 'Rodnik-2026!teen',
  };
}

/** The signed-in session the app keeps in localStorage (token and account). */
export async function sessionOf(
  page: Page,
): Promise<{ token: string; account: { id: string; familyId: string; childId?: string | null } }> {
  const raw = await page.evaluate(() => localStorage.getItem('rodnik.session'));
  if (!raw) throw new Error('not signed in');
  return JSON.parse(raw) as {
    token: string;
    account: { id: string; familyId: string; childId?: string | null };
  };
}

interface OutboxMessage {
  to: string;
  purpose: string;
  text: string;
}

/** The newest one-time code sent to `to` for `purpose`, read from the development outbox. */
export async function codeFromOutbox(
  request: APIRequestContext,
  to: string | readonly string[],
  purpose: string,
): Promise<string> {
  const targets = typeof to === 'string' ? [to] : to;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await request.get('/api/v1/dev/outbox');
    const { messages } = (await response.json()) as { messages: OutboxMessage[] };
    const message = messages.find((m) => targets.includes(m.to) && m.purpose === purpose);
    const code = message?.text.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${purpose} code for ${targets.join(' or ')} in the outbox`);
}

/** The passport the fixture registry holds for `newParent()` (README, "Test identities"). */
export const PARENT_PASSPORT = {
  surname: 'Иванова',
  givenName: 'Елена',
  patronymic: 'Петровна',
  birthDate: '12.04.1990',
  series: '45 06',
  number: '100001',
  issueDate: '20.04.2010',
  issuedBy: 'ОВД района Хамовники г. Москвы',
  departmentCode: '772-001',
};

/**
 * Makes the signed-in parent «Подтверждённая» through the API, as the profile
 * screen would: a passport scan (a real PNG) goes up over tus, the passport is
 * pushed with `identitySubmittedAt`, and the server's check is awaited.
 * Linking codes are issued only to a confirmed parent.
 */
export async function confirmIdentity(page: Page, passport = PARENT_PASSPORT): Promise<void> {
  const { token, account } = await sessionOf(page);
  const auth = { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' };
  const scan = encodePng(1200, 900);
  const documentId = randomUUID();
  const pushed = await page.request.post('/api/v1/sync/documents/push', {
    headers: auth,
    data: [
      {
        newDocumentState: {
          id: documentId,
          familyId: account.familyId,
          kind: 'parent-passport',
          accountId: account.id,
          fileName: 'паспорт.png',
          mimeType: 'image/png',
          size: scan.length,
          sha256: createHash('sha256').update(scan).digest('hex'),
          createdAt: new Date().toISOString(),
          _deleted: false,
        },
      },
    ],
  });
  if (!pushed.ok()) throw new Error(`document push: ${pushed.status()}`);
  const tus = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
  const created = await page.request.post('/api/v1/uploads', {
    headers: {
      ...tus,
      'upload-length': String(scan.length),
      'upload-metadata': `documentId ${Buffer.from(documentId).toString('base64')},filename ${Buffer.from('паспорт.png').toString('base64')}`,
    },
  });
  if (created.status() !== 201) throw new Error(`tus create: ${created.status()}`);
  const location = new URL(created.headers().location ?? '', `${page.url()}`).pathname;
  const sent = await page.request.fetch(location, {
    method: 'PATCH',
    headers: { ...tus, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    data: scan,
  });
  if (sent.status() !== 204) throw new Error(`tus patch: ${sent.status()}`);

  const member = async () => {
    const response = await page.request.get('/api/v1/sync/members/pull?after=0&limit=100', {
      headers: auth,
    });
    const { documents } = (await response.json()) as {
      documents: { accountId: string; identity?: { status: string; issues: unknown[] } }[];
    };
    const own = documents.find((doc) => doc.accountId === account.id);
    if (!own) throw new Error('no member document of the signed-in account');
    return own;
  };
  const mine = await member();
  const submitted = await page.request.post('/api/v1/sync/members/push', {
    headers: auth,
    data: [
      {
        assumedMasterState: mine,
        newDocumentState: { ...mine, passport, identitySubmittedAt: new Date().toISOString() },
      },
    ],
  });
  if (!submitted.ok()) throw new Error(`member push: ${submitted.status()}`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { identity } = await member();
    if (identity?.status === 'confirmed') return;
    if (identity?.status === 'rejected') {
      throw new Error(`identity rejected: ${JSON.stringify(identity.issues)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('identity not confirmed in time');
}
