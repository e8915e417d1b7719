import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  codeFromOutbox,
  nextPhone,
  PASSWORD,
  signUpAndSignIn,
} from '../test-support/api-client.ts';
import { createApp } from '../app.ts';
import { scryptPasswords, type PasswordHasher } from '../auth/password-hasher.ts';
import type { Notifier } from '../notifier/notifier.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function signUp(phone = nextPhone(), email = `${phone.slice(1)}@example.ru`) {
  const result = await call(server.app, 'POST', '/api/v1/auth/sign-up', {
    surname: 'Петрова',
    givenName: 'Ольга',
    phone,
    email,
    password: PASSWORD,
  });
  return { ...result, phone, email };
}

/** How many messages of a purpose went to an address (the development outbox). */
async function sent(to: string, purpose: string): Promise<number> {
  const messages = await server.store.listOutbox(10_000);
  return messages.filter((m) => m.to === to && m.purpose === purpose).length;
}

async function confirmBoth(phone: string, email: string) {
  for (const [channel, to, purpose] of [
    ['phone', phone, 'confirm-phone'],
    ['email', email, 'confirm-email'],
  ] as const) {
    const code = await codeFromOutbox(server.app, to, purpose);
    await call(server.app, 'POST', '/api/v1/auth/confirm', { login: to, channel, code });
  }
}

describe('sign-up and sign-in', () => {
  it('signs a parent up, confirms phone and e-mail by code, and signs in with password and code', async () => {
    const session = await signUpAndSignIn(server.app);
    const me = await call(server.app, 'GET', '/api/v1/auth/me', undefined, session.token);
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ role: 'parent', phoneConfirmed: true, emailConfirmed: true });
  });

  it('creates a family with the parent as its first member, replicated to the device', async () => {
    const session = await signUpAndSignIn(server.app);
    const pull = await call(
      server.app,
      'GET',
      '/api/v1/sync/members/pull?after=0',
      undefined,
      session.token,
    );
    expect(pull.json.documents).toEqual([
      expect.objectContaining({
        id: session.accountId,
        familyId: session.familyId,
        role: 'parent',
      }),
    ]);
  });

  it('normalises the phone, so 8 (916) … and +7916… are one login', async () => {
    const { phone, email } = await signUp('+79161234567');
    await confirmBoth(phone, email);
    const signIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: '8 (916) 123-45-67',
      password: PASSWORD,
    });
    expect(signIn.status).toBe(200);
    expect(signIn.json.destination).toBe('+7***67');
  });

  it('names every bad field of a sign-up, in Russian and English', async () => {
    const result = await call(server.app, 'POST', '/api/v1/auth/sign-up', {
      surname: 'Ivanova',
      givenName: 'Мария',
      phone: '12345',
      email: 'not-an-email',
      password: 'short',
    });
    expect(result.status).toBe(422);
    const fields = Object.fromEntries(
      (result.json.error.fields as { field: string; code: string }[]).map((f) => [f.field, f.code]),
    );
    expect(fields.surname).toBe('name-latin-letters');
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['surname', 'phone', 'email', 'password']),
    );
    const surname = result.json.error.fields.find((f: { field: string }) => f.field === 'surname');
    expect(surname.message).toMatch(/Фамилия/);
    expect(surname.messageEn).toMatch(/Surname/);
  });

  it('will not sign in before a contact is confirmed', async () => {
    const { phone } = await signUp();
    const result = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: phone,
      password: PASSWORD,
    });
    expect(result.status).toBe(403);
    expect(result.json.error.code).toBe('contact-not-confirmed');
  });

  it('refuses a wrong password without saying whether the login exists', async () => {
    const { phone, email } = await signUp();
    await confirmBoth(phone, email);
    const wrong = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: phone,
      password: 'Wrong-pass1!',
    });
    const unknown = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: '+79990000000',
      password: PASSWORD,
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
  });

  it('signs out: the token stops working', async () => {
    const session = await signUpAndSignIn(server.app);
    expect(
      (await call(server.app, 'POST', '/api/v1/auth/sign-out', undefined, session.token)).status,
    ).toBe(200);
    const me = await call(server.app, 'GET', '/api/v1/auth/me', undefined, session.token);
    expect(me.status).toBe(401);
    expect(me.json.error.code).toBe('session-expired');
  });

  it('expires a session after its lifetime', async () => {
    const session = await signUpAndSignIn(server.app);
    server.clock.advance(31 * 24 * 3_600_000);
    const me = await call(server.app, 'GET', '/api/v1/auth/me', undefined, session.token);
    expect(me.status).toBe(401);
  });

  it('stores session tokens and codes hashed, never as sent', async () => {
    const session = await signUpAndSignIn(server.app);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(server.file, { readonly: true });
    const sessions = db.prepare('SELECT token_hash FROM sessions').all() as {
      token_hash: string;
    }[];
    const codes = db.prepare('SELECT code_hash FROM codes WHERE code_hash IS NOT NULL').all() as {
      code_hash: string;
    }[];
    db.close();
    expect(sessions.map((s) => s.token_hash)).not.toContain(session.token);
    for (const code of codes) expect(code.code_hash).not.toMatch(/^\d{6}$/);
  });
});

describe('one-time codes', () => {
  async function pendingSignIn() {
    const { phone, email } = await signUp();
    await confirmBoth(phone, email);
    await call(server.app, 'POST', '/api/v1/auth/sign-in', { login: phone, password: PASSWORD });
    return { phone, code: await codeFromOutbox(server.app, phone, 'sign-in') };
  }
  const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('burns a code after five wrong tries, not the account: a new code works at once', async () => {
    const { phone, code } = await pendingSignIn();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
        login: phone,
        code: wrongOf(code),
      });
      expect(wrong.status).toBe(422);
      expect(wrong.json.error.code).toBe('code-invalid');
    }
    // The burned code is void even when typed right…
    const right = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code,
    });
    expect(right.json.error.code).toBe('code-invalid');
    // …and the owner is not locked out: a new code is sent and works, with no 30-minute wait.
    server.clock.advance(61_000);
    const again = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: phone,
      password: PASSWORD,
    });
    expect(again.status).toBe(200);
    const fresh = await codeFromOutbox(server.app, phone, 'sign-in');
    const ok = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code: fresh,
    });
    expect(ok.status).toBe(200);
  });

  it('expires a code after 10 minutes', async () => {
    const { phone, code } = await pendingSignIn();
    server.clock.advance(10 * 60_000 + 1);
    const late = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code,
    });
    expect(late.status).toBe(422);
    expect(late.json.error.code).toBe('code-invalid');
  });

  it('makes a resend wait 60 seconds (answered 202, not sent), and the new code voids the old one', async () => {
    const { phone, code } = await pendingSignIn();
    const tooSoon = await call(server.app, 'POST', '/api/v1/auth/codes/resend', {
      login: phone,
      purpose: 'sign-in',
    });
    expect(tooSoon.status).toBe(202);
    expect(await sent(phone, 'sign-in')).toBe(1);
    server.clock.advance(61_000);
    const resent = await call(server.app, 'POST', '/api/v1/auth/codes/resend', {
      login: phone,
      purpose: 'sign-in',
    });
    expect(resent.status).toBe(202);
    const fresh = await codeFromOutbox(server.app, phone, 'sign-in');
    if (fresh !== code) {
      const old = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
        login: phone,
        code,
      });
      expect(old.json.error.code).toBe('code-invalid');
    }
    const ok = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code: fresh,
    });
    expect(ok.status).toBe(200);
  });

  it('uses a code once', async () => {
    const { phone, code } = await pendingSignIn();
    expect(
      (await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', { login: phone, code }))
        .status,
    ).toBe(200);
    const reuse = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code,
    });
    expect(reuse.json.error.code).toBe('code-invalid');
  });

  it('resets a password by code and signs out every session', async () => {
    const session = await signUpAndSignIn(server.app);
    const request = await call(server.app, 'POST', '/api/v1/auth/password-reset', {
      login: session.email,
    });
    expect(request.status).toBe(202);
    const code = await codeFromOutbox(server.app, session.phone, 'password-reset');
    const reset = await call(server.app, 'POST', '/api/v1/auth/password-reset/confirm', {
      login: session.email,
      code,
      password: 'New-Secret-42!',
    });
    expect(reset.status).toBe(200);
    expect(
      (await call(server.app, 'GET', '/api/v1/auth/me', undefined, session.token)).status,
    ).toBe(401);
    const signIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: session.phone,
      password: 'New-Secret-42!',
    });
    expect(signIn.status).toBe(200);
  });

  it('answers a reset request for an unknown login exactly like a known one', async () => {
    const unknown = await call(server.app, 'POST', '/api/v1/auth/password-reset', {
      login: 'nobody@example.ru',
    });
    expect(unknown.status).toBe(202);
  });
});

describe('nobody learns whether an account exists', () => {
  const EXISTS_SMS =
    'На этот номер уже есть учётная запись Родника. Если это вы — войдите или восстановите пароль.';

  it('answers a sign-up with a known phone like a new one and tells that phone instead', async () => {
    const first = await signUp();
    const fresh = await signUp();
    const again = await signUp(first.phone, 'someone-else@example.ru');
    expect(first.status).toBe(202);
    expect(again.status).toBe(fresh.status);
    expect(again.json).toEqual(fresh.json);
    const toPhone = (await server.store.listOutbox(100)).filter((m) => m.to === first.phone);
    expect(toPhone.map((m) => m.text)).toContain(EXISTS_SMS);
    // No second account: the new e-mail got no code and cannot sign in.
    expect(await sent('someone-else@example.ru', 'confirm-email')).toBe(0);
    const signIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: 'someone-else@example.ru',
      password: PASSWORD,
    });
    expect(signIn.status).toBe(401);
  });

  it('tells a known e-mail by e-mail, with the same answer', async () => {
    const first = await signUp();
    const again = await signUp(nextPhone(), first.email);
    expect(again.status).toBe(202);
    expect(again.json).toEqual({ accepted: true, confirm: ['phone', 'email'] });
    expect(await sent(first.email, 'account-exists-notice')).toBe(1);
  });

  it('answers reset and resend alike for a known login in its cooldown and an unknown one', async () => {
    const { phone, email } = await signUp();
    await confirmBoth(phone, email);
    const ask = (path: string, body: object) =>
      call(server.app, 'POST', `/api/v1/auth${path}`, body);
    const known = [
      await ask('/password-reset', { login: phone }),
      await ask('/password-reset', { login: phone }), // within the 60-second cooldown
      await ask('/codes/resend', { login: phone, purpose: 'password-reset' }),
    ];
    const unknown = [
      await ask('/password-reset', { login: '+79990001122' }),
      await ask('/password-reset', { login: '+79990001122' }),
      await ask('/codes/resend', { login: '+79990001122', purpose: 'password-reset' }),
    ];
    expect(known.map((r) => [r.status, r.json])).toEqual(unknown.map((r) => [r.status, r.json]));
    expect(known.every((r) => r.status === 202)).toBe(true);
    // The cooldown held: one code went out, not three.
    expect(await sent(phone, 'password-reset')).toBe(1);
  });

  it('answers reset and resend with 202 even when the gateway is down, as for an unknown login', async () => {
    const { phone, email } = await signUp();
    await confirmBoth(phone, email);
    const down: Notifier = {
      send: async () => {
        throw new Error('gateway down');
      },
    };
    const app = createApp({ ...server.parts.deps, notifier: down });
    for (const [path, extra] of [
      ['/password-reset', {}],
      ['/codes/resend', { purpose: 'password-reset' }],
    ] as const) {
      server.clock.advance(61_000);
      const known = await call(app, 'POST', `/api/v1/auth${path}`, { login: phone, ...extra });
      const unknown = await call(app, 'POST', `/api/v1/auth${path}`, {
        login: '+79990001122',
        ...extra,
      });
      expect([path, known.status, known.json]).toEqual([path, 202, unknown.json]);
    }
  });

  it('answers a wrong code alike for a known login with a live code and an unknown login', async () => {
    const { phone, email } = await signUp();
    await confirmBoth(phone, email);
    await call(server.app, 'POST', '/api/v1/auth/password-reset', { login: phone });
    const code = await codeFromOutbox(server.app, phone, 'password-reset');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (const [path, extra] of [
      ['/password-reset/confirm', { password: 'New-Secret-42!' }],
      ['/sign-in/verify', {}],
      ['/confirm', { channel: 'phone' }],
    ] as const) {
      const known = await call(server.app, 'POST', `/api/v1/auth${path}`, {
        login: phone,
        code: wrong,
        ...extra,
      });
      const unknown = await call(server.app, 'POST', `/api/v1/auth${path}`, {
        login: '+79990001122',
        code: wrong,
        ...extra,
      });
      expect([path, known.status, known.json]).toEqual([path, unknown.status, unknown.json]);
    }
  });

  it('does the same password work for an unknown login as for a known one', async () => {
    const { phone, email } = await signUp();
    await confirmBoth(phone, email);
    const inner = server.parts.deps.passwords ?? scryptPasswords;
    let calls = 0;
    const counting: PasswordHasher = {
      hash: (password) => ((calls += 1), inner.hash(password)),
      verify: (password, stored) => ((calls += 1), inner.verify(password, stored)),
      dummyHash: inner.dummyHash,
    };
    const app = createApp({ ...server.parts.deps, passwords: counting });
    const work = async (path: string, body: object) => {
      calls = 0;
      await call(app, 'POST', `/api/v1/auth${path}`, body);
      return calls;
    };
    const reset = { code: '123456', password: 'New-Secret-42!' };
    expect(await work('/password-reset/confirm', { login: phone, ...reset })).toBe(1);
    expect(await work('/password-reset/confirm', { login: '+79990001122', ...reset })).toBe(1);
    const signIn = { password: 'Wrong-pass1!' };
    expect(await work('/sign-in', { login: phone, ...signIn })).toBe(1);
    expect(await work('/sign-in', { login: '+79990001122', ...signIn })).toBe(1);
    expect(await work('/sign-in', { login: 'nobody.here', ...signIn })).toBe(1);
  });
});

describe('lock-out is not a weapon', () => {
  let limited: TestServer;
  beforeEach(async () => {
    limited = await startTestServer({ env: { RATE_LIMITS: 'on' } });
  });
  afterEach(async () => {
    await limited.close();
  });
  const MINUTE = 60_000;
  /** A request from a given client address, as the Node adapter would pass it. */
  const from = async (address: string, path: string, body: object) => {
    const response = await limited.app.request(
      `/api/v1/auth${path}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      { incoming: { socket: { remoteAddress: address } } },
    );
    const text = await response.text();
    return {
      status: response.status,
      retryAfterHeader: response.headers.get('retry-after'),
      json: text ? JSON.parse(text) : null,
    };
  };
  const sentBy = async (to: string, purpose: string) =>
    (await limited.store.listOutbox(10_000)).filter((m) => m.to === to && m.purpose === purpose)
      .length;
  async function confirmedParent() {
    const session = await signUpAndSignIn(limited.app);
    return session;
  }

  it('lets a stranger make wrong reset tries without shutting the owner out', async () => {
    const owner = await confirmedParent();
    await from('198.51.100.7', '/password-reset', { login: owner.phone });
    for (let attempt = 0; attempt < 5; attempt++) {
      await from('198.51.100.7', '/password-reset/confirm', {
        login: owner.phone,
        code: '000000',
        password: 'Stolen-Secret-1!',
      });
    }
    // The owner asks for a reset a minute later and gets a working code at once.
    limited.clock.advance(MINUTE + 1000);
    await from('203.0.113.5', '/password-reset', { login: owner.phone });
    const code = await codeFromOutbox(limited.app, owner.phone, 'password-reset');
    const reset = await from('203.0.113.5', '/password-reset/confirm', {
      login: owner.phone,
      code,
      password: 'New-Secret-42!',
    });
    expect(reset.status, JSON.stringify(reset.json)).toBe(200);
  });

  it('sends an account at most 5 codes of a kind an hour, answering 202 all the same', async () => {
    const owner = await confirmedParent();
    for (let request = 0; request < 7; request++) {
      const asked = await from(`198.51.100.${request}`, '/password-reset', { login: owner.phone });
      expect(asked.status).toBe(202);
      expect(asked.json).toEqual({ accepted: true });
      limited.clock.advance(MINUTE + 1000);
    }
    expect(await sentBy(owner.phone, 'password-reset')).toBe(5);
    limited.clock.advance(60 * MINUTE);
    await from('198.51.100.9', '/password-reset', { login: owner.phone });
    expect(await sentBy(owner.phone, 'password-reset')).toBe(6);
  });

  it('tells the owner (after the password) when the next sign-in code can be sent', async () => {
    const owner = await confirmedParent(); // one sign-in code already sent
    for (let request = 0; request < 4; request++) {
      limited.clock.advance(MINUTE + 1000);
      const signIn = await from('203.0.113.5', '/sign-in', {
        login: owner.phone,
        password: PASSWORD,
      });
      expect(signIn.status).toBe(200);
    }
    limited.clock.advance(MINUTE + 1000);
    const spent = await from('203.0.113.5', '/sign-in', { login: owner.phone, password: PASSWORD });
    expect(spent.status).toBe(429);
    expect(spent.json.error).toMatchObject({
      code: 'rate-limited',
      message: expect.stringMatching(/через \d+ мин\./),
    });
    expect(spent.json.error.params.retryAfter).toBeGreaterThan(0);
    expect(await sentBy(owner.phone, 'sign-in')).toBe(5);
  });

  it('throttles password guesses per login from any address, known or unknown alike', async () => {
    const owner = await confirmedParent();
    const guess = (login: string, n: number, password = 'Wrong-pass1!') =>
      from(`198.51.${Math.floor(n / 250)}.${n % 250}`, '/sign-in', { login, password });
    for (let n = 0; n < 10; n++) {
      expect((await guess(owner.phone, n)).status).toBe(401);
      expect((await guess('+79990001122', n)).status).toBe(401);
    }
    const known = await guess(owner.phone, 100);
    const unknown = await guess('+79990001122', 100);
    expect(known.status).toBe(429);
    expect(known.json.error.code).toBe('rate-limited');
    expect(known.json.error.params.retryAfter).toBeGreaterThan(0);
    expect(known.retryAfterHeader).toBe(String(known.json.error.params.retryAfter));
    expect([unknown.status, unknown.json]).toEqual([known.status, known.json]);
    // Even the right password waits; after the window it works again.
    expect((await guess(owner.phone, 101, PASSWORD)).status).toBe(429);
    limited.clock.advance(15 * MINUTE);
    expect((await guess(owner.phone, 102, PASSWORD)).status).toBe(200);
  });

  it('throttles an operator and a password-only login the same way', async () => {
    const hash = await (limited.parts.deps.passwords ?? scryptPasswords).hash(PASSWORD);
    await limited.store.transaction(async (tx) => {
      await tx.insertFamily('operators-family', limited.clock.now().toISOString());
      await tx.insertAccount({
        id: 'operator-1',
        familyId: 'operators-family',
        role: 'operator',
        surname: 'Иванова',
        givenName: 'Ольга',
        patronymic: null,
        phone: null,
        email: null,
        passwordHash: hash,
        phoneConfirmedAt: null,
        emailConfirmedAt: null,
        createdAt: limited.clock.now().toISOString(),
        childId: null,
        login: 'ivanova.op',
      });
    });
    for (let n = 0; n < 10; n++) {
      await from(`10.1.0.${n}`, '/sign-in', { login: 'ivanova.op', password: 'Wrong-pass1!' });
      await from(`10.2.0.${n}`, '/sign-in', { login: 'nobody.here', password: 'Wrong-pass1!' });
    }
    const operator = await from('10.1.1.1', '/sign-in', {
      login: 'ivanova.op',
      password: PASSWORD,
    });
    const nobody = await from('10.2.1.1', '/sign-in', { login: 'nobody.here', password: PASSWORD });
    expect(operator.status).toBe(429);
    expect([nobody.status, nobody.json]).toEqual([operator.status, operator.json]);
    limited.clock.advance(15 * MINUTE);
    const later = await from('10.1.1.2', '/sign-in', { login: 'ivanova.op', password: PASSWORD });
    expect(later.status).toBe(200);
    expect(later.json.account.role).toBe('operator');
  });
});

describe.each(['sqlite', 'postgresql'] as const)('an unconfirmed sign-up on %s', (store) => {
  const DAY = 24 * 3_600_000;
  beforeEach(async () => {
    if (store === 'sqlite') return;
    await server.close();
    server = await startTestServer({ store });
  });

  it('holds its phone and e-mail for 24 hours, then frees them for a new sign-up', async () => {
    const stale = await signUp();
    server.clock.advance(DAY - 60_000);
    const early = await signUp(stale.phone, stale.email);
    expect(await sent(stale.phone, 'confirm-phone')).toBe(1);
    server.clock.advance(60_000);
    const late = await call(server.app, 'POST', '/api/v1/auth/sign-up', {
      surname: 'Соколова',
      givenName: 'Вера',
      phone: stale.phone,
      email: stale.email,
      password: 'Another-Secret-7!',
    });
    expect(late.status).toBe(202);
    expect(late.json).toEqual(early.json);
    expect(await sent(stale.phone, 'confirm-phone')).toBe(2);
    await confirmBoth(stale.phone, stale.email);
    const signIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: stale.phone,
      password: 'Another-Secret-7!',
    });
    expect(signIn.status, JSON.stringify(signIn.json)).toBe(200);
  });

  it('cannot be confirmed once expired: a resend sends nothing', async () => {
    const stale = await signUp();
    server.clock.advance(DAY);
    const resend = await call(server.app, 'POST', '/api/v1/auth/codes/resend', {
      login: stale.phone,
      purpose: 'confirm-phone',
    });
    expect(resend.status).toBe(202);
    expect(await sent(stale.phone, 'confirm-phone')).toBe(1);
  });

  it('frees an e-mail left unconfirmed on an account that confirmed its phone', async () => {
    const half = await signUp();
    const code = await codeFromOutbox(server.app, half.phone, 'confirm-phone');
    await call(server.app, 'POST', '/api/v1/auth/confirm', {
      login: half.phone,
      channel: 'phone',
      code,
    });
    server.clock.advance(DAY);
    const other = await signUp(nextPhone(), half.email);
    expect(await sent(half.email, 'confirm-email')).toBe(2);
    await confirmBoth(other.phone, other.email);
    // The first account keeps its confirmed phone and still signs in with it.
    const first = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: half.phone,
      password: PASSWORD,
    });
    expect(first.status).toBe(200);
    expect(first.json.channel).toBe('sms');
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts from one address', async () => {
    const limited = await startTestServer({ env: { RATE_LIMITS: 'on' } });
    try {
      let last = 0;
      for (let i = 0; i < 25; i++) {
        last = (
          await call(limited.app, 'POST', '/api/v1/auth/sign-in', {
            login: '+79990000000',
            password: 'x',
          })
        ).status;
      }
      expect(last).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('«Настройки»: password, phone and e-mail of a signed-in account (issue 17)', () => {
  const NEW_PASSWORD = 'три зелёных кота';
  const api = (path: string, body?: unknown, token?: string) =>
    call(server.app, 'POST', `/api/v1/auth${path}`, body, token);
  const me = (token: string) => call(server.app, 'GET', '/api/v1/auth/me', undefined, token);

  async function secondSession(session: { phone: string }, password = PASSWORD) {
    const started = await api('/sign-in', { login: session.phone, password });
    expect(started.status, JSON.stringify(started.json)).toBe(200);
    const code = await codeFromOutbox(server.app, session.phone, 'sign-in');
    const verified = await api('/sign-in/verify', { login: session.phone, code });
    return verified.json.token as string;
  }

  it('changes the password with the current one: this device stays signed in, the others are signed out', async () => {
    const session = await signUpAndSignIn(server.app);
    const other = await secondSession(session);
    const changed = await api(
      '/password',
      { currentPassword: PASSWORD, password: NEW_PASSWORD },
      session.token,
    );
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    expect((await me(session.token)).status).toBe(200);
    expect((await me(other)).json.error.code).toBe('session-expired');
    const old = await api('/sign-in', { login: session.phone, password: PASSWORD });
    expect(old.json.error.code).toBe('invalid-credentials');
    expect((await api('/sign-in', { login: session.phone, password: NEW_PASSWORD })).status).toBe(
      200,
    );
  });

  it('names the field: a wrong current password, a new one that is common or the login', async () => {
    const session = await signUpAndSignIn(server.app);
    const wrong = await api(
      '/password',
      { currentPassword: 'Wrong-2026!', password: NEW_PASSWORD },
      session.token,
    );
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.fields[0]).toMatchObject({
      field: 'currentPassword',
      code: 'invalid-credentials',
    });
    const common = await api(
      '/password',
      { currentPassword: PASSWORD, password: 'qwerty123456' },
      session.token,
    );
    expect(common.json.error.fields[0]).toMatchObject({
      field: 'password',
      code: 'password-too-common',
    });
    const login = await api(
      '/password',
      { currentPassword: PASSWORD, password: session.email },
      session.token,
    );
    expect(login.json.error.fields[0]).toMatchObject({
      field: 'password',
      code: 'password-is-login',
    });
    expect(
      (await api('/password', { currentPassword: PASSWORD, password: NEW_PASSWORD })).status,
    ).toBe(401);
  });

  it('refuses at sign-up a password that is the phone', async () => {
    const phone = nextPhone();
    const signUp = await api('/sign-up', {
      surname: 'Петрова',
      givenName: 'Ольга',
      phone,
      email: `${phone.slice(1)}@example.ru`,
      password: `8${phone.slice(2)}`,
    });
    expect(signUp.status).toBe(422);
    expect(signUp.json.error.fields[0]).toMatchObject({
      field: 'password',
      code: 'password-is-login',
    });
  });

  it('changes the e-mail with a code sent to the new address, bound to it; the old address is told', async () => {
    const session = await signUpAndSignIn(server.app);
    const address = `new-${session.phone.slice(1)}@example.ru`;
    const asked = await api('/contact', { channel: 'email', value: address }, session.token);
    expect(asked.status).toBe(202);
    const code = await codeFromOutbox(server.app, address, 'change-email');
    // The code proves this address only: it cannot confirm another one.
    const elsewhere = await api(
      '/contact/confirm',
      { channel: 'email', value: `x-${address}`, code },
      session.token,
    );
    expect(elsewhere.json.error.code).toBe('code-invalid');
    const confirmed = await api(
      '/contact/confirm',
      { channel: 'email', value: address.toUpperCase(), code },
      session.token,
    );
    expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);
    expect(confirmed.json).toMatchObject({ email: address, emailConfirmed: true });
    expect(await sent(session.email, 'contact-changed')).toBe(1);
    expect((await api('/sign-in', { login: address, password: PASSWORD })).status).toBe(200);
  });

  it('changes the phone the same way', async () => {
    const session = await signUpAndSignIn(server.app);
    const phone = nextPhone();
    await api('/contact', { channel: 'phone', value: `8${phone.slice(2)}` }, session.token);
    const code = await codeFromOutbox(server.app, phone, 'change-phone');
    const confirmed = await api(
      '/contact/confirm',
      { channel: 'phone', value: phone, code },
      session.token,
    );
    expect(confirmed.json).toMatchObject({ phone, phoneConfirmed: true });
  });

  it("answers alike for another account's contact: no code goes there, its owner is told", async () => {
    const owner = await signUpAndSignIn(server.app);
    const session = await signUpAndSignIn(server.app);
    const taken = await api('/contact', { channel: 'email', value: owner.email }, session.token);
    const free = await api(
      '/contact',
      { channel: 'email', value: `free-${owner.email}` },
      session.token,
    );
    expect([taken.status, taken.json]).toEqual([free.status, free.json]);
    expect(await sent(owner.email, 'change-email')).toBe(0);
    expect(await sent(owner.email, 'account-exists-notice')).toBe(1);
    const guess = await api(
      '/contact/confirm',
      { channel: 'email', value: owner.email, code: '123456' },
      session.token,
    );
    expect(guess.json.error.code).toBe('code-invalid');
    expect((await me(owner.token)).json.email).toBe(owner.email);
  });

  it('burns a contact code after five wrong tries, and the account stays open', async () => {
    const session = await signUpAndSignIn(server.app);
    const address = `burn-${session.phone.slice(1)}@example.ru`;
    await api('/contact', { channel: 'email', value: address }, session.token);
    const code = await codeFromOutbox(server.app, address, 'change-email');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      await api(
        '/contact/confirm',
        { channel: 'email', value: address, code: wrong },
        session.token,
      );
    }
    const late = await api(
      '/contact/confirm',
      { channel: 'email', value: address, code },
      session.token,
    );
    expect(late.json.error.code).toBe('code-invalid');
    expect((await me(session.token)).status).toBe(200);
  });
});

describe("a child's first password from the e-mailed code (issue 17)", () => {
  it('a new code can be asked for at «Забыли пароль?», and the reset screen sets the password', async () => {
    const parent = await signUpAndSignIn(server.app);
    const email = `kid-${parent.phone.slice(1)}@example.ru`;
    await server.store.transaction((tx) =>
      tx.insertAccount({
        id: `kid-${parent.accountId}`,
        familyId: parent.familyId,
        role: 'child',
        surname: 'Петрова',
        givenName: 'Анна',
        patronymic: null,
        phone: null,
        email,
        passwordHash: 'scrypt$none',
        phoneConfirmedAt: null,
        emailConfirmedAt: null,
        createdAt: new Date().toISOString(),
        childId: null,
        login: null,
      }),
    );
    // The code the parent's action sent has expired: the child asks again.
    const asked = await call(server.app, 'POST', '/api/v1/auth/password-reset', { login: email });
    expect(asked.status).toBe(202);
    const code = await codeFromOutbox(server.app, email, 'password-reset');
    const set = await call(server.app, 'POST', '/api/v1/auth/password-reset/confirm', {
      login: email,
      code,
      password: 'мой кот мурзик',
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    const signIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: email,
      password: 'мой кот мурзик',
    });
    expect(signIn.json.channel).toBe('email');
  });
});
