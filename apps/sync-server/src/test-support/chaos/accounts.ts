/**
 * Families for the chaos run, made through the real API the way a person
 * does it: sign up, confirm the phone and the e-mail with the codes from the
 * development outbox, then one sign-in per device (each its own session).
 */

const PASSWORD = 'Rodnik-2026!';

export interface Family {
  index: number;
  accountId: string;
  familyId: string;
  phone: string;
}

export interface Session {
  token: string;
  accountId: string;
  familyId: string;
}

async function api(base: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

async function codeFor(base: string, to: string, purpose: string): Promise<string> {
  const { messages } = (await api(base, '/dev/outbox')) as {
    messages: { to: string; purpose: string; text: string }[];
  };
  // Newest first: the code just sent.
  const message = messages.find((m) => m.to === to && m.purpose === purpose);
  const code = message && /\d{6}/.exec(message.text)?.[0];
  if (!code) throw new Error(`no ${purpose} code for ${to} in the outbox`);
  return code;
}

/** A phone unique to this run (`nonce`) and family, so runs can share a database. */
function phoneOf(nonce: number, index: number): string {
  return `+7915${String((nonce * 97 + index) % 10_000_000).padStart(7, '0')}`;
}

export async function signUpFamily(base: string, nonce: number, index: number): Promise<Family> {
  const phone = phoneOf(nonce, index);
  const email = `chaos-${nonce}-${index}@example.ru`;
  await api(base, '/auth/sign-up', {
    surname: 'Хаосова',
    givenName: 'Мария',
    phone,
    email,
    password: PASSWORD,
  });
  for (const [channel, to, purpose] of [
    ['phone', phone, 'confirm-phone'],
    ['email', email, 'confirm-email'],
  ] as const) {
    await api(base, '/auth/confirm', {
      login: to,
      channel,
      code: await codeFor(base, to, purpose),
    });
  }
  const session = await signIn(base, phone);
  return { index, accountId: session.accountId, familyId: session.familyId, phone };
}

/** One device's own session (sign-ins run one after another: the outbox answers the newest). */
export async function signIn(base: string, phone: string): Promise<Session> {
  await api(base, '/auth/sign-in', { login: phone, password: PASSWORD });
  const session = (await api(base, '/auth/sign-in/verify', {
    login: phone,
    code: await codeFor(base, phone, 'sign-in'),
  })) as { token: string; account: { id: string; familyId: string } };
  return {
    token: session.token,
    accountId: session.account.id,
    familyId: session.account.familyId,
  };
}
