import { expect } from 'vitest';

type Fetchable = { request(input: string, init?: RequestInit): Response | Promise<Response> };

export interface SignedIn {
  token: string;
  accountId: string;
  familyId: string;
  phone: string;
  email: string;
}

let counter = 0;

/** A unique, valid Russian phone number for each test account. */
export function nextPhone(): string {
  counter += 1;
  return `+7916${String(1_000_000 + counter * 7919).slice(-7)}`;
}

export async function call(
  app: Fetchable,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON came back
): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await app.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** The newest code sent to `to` for `purpose`, read from the development outbox. */
export async function codeFromOutbox(app: Fetchable, to: string, purpose: string): Promise<string> {
  const { json } = await call(app, 'GET', '/api/v1/dev/outbox');
  const message = (json.messages as { to: string; purpose: string; text: string }[]).find(
    (m) => m.to === to && m.purpose === purpose,
  );
  expect(message, `a ${purpose} message to ${to}`).toBeDefined();
  return /\d{6}/.exec(message!.text)![0];
}

export const PASSWORD = 'Rodnik-2026!';

/** Signs a parent up, confirms both contacts and signs in, the way a person would. */
export async function signUpAndSignIn(
  app: Fetchable,
  name = { surname: 'Иванова', givenName: 'Мария' },
  extra: Record<string, unknown> = {},
): Promise<SignedIn> {
  const phone = nextPhone();
  const email = `parent${counter}@example.ru`;
  const signUp = await call(app, 'POST', '/api/v1/auth/sign-up', {
    ...name,
    phone,
    email,
    password: PASSWORD,
    ...extra,
  });
  expect(signUp.status, JSON.stringify(signUp.json)).toBe(202);
  for (const [channel, to, purpose] of [
    ['phone', phone, 'confirm-phone'],
    ['email', email, 'confirm-email'],
  ] as const) {
    const code = await codeFromOutbox(app, to, purpose);
    const confirmed = await call(app, 'POST', '/api/v1/auth/confirm', { login: to, channel, code });
    expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);
  }
  const signIn = await call(app, 'POST', '/api/v1/auth/sign-in', {
    login: phone,
    password: PASSWORD,
  });
  expect(signIn.status, JSON.stringify(signIn.json)).toBe(200);
  const code = await codeFromOutbox(app, phone, 'sign-in');
  const verified = await call(app, 'POST', '/api/v1/auth/sign-in/verify', { login: phone, code });
  expect(verified.status, JSON.stringify(verified.json)).toBe(200);
  return {
    token: verified.json.token,
    accountId: verified.json.account.id,
    familyId: verified.json.account.familyId,
    phone,
    email,
  };
}
