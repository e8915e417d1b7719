import type { APIRequestContext, Page } from '@playwright/test';

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
