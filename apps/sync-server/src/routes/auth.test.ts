import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  codeFromOutbox,
  nextPhone,
  PASSWORD,
  signUpAndSignIn,
} from '../test-support/api-client.ts';
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

  it('refuses a second account on the same phone', async () => {
    const first = await signUp();
    const second = await signUp(first.phone, 'other@example.ru');
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe('account-exists');
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

  it('counts wrong tries and locks the purpose for 30 minutes after the fifth', async () => {
    const { phone, code } = await pendingSignIn();
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
        login: phone,
        code: wrongOf(code),
      });
      expect(wrong.status).toBe(422);
      expect(wrong.json.error.code).toBe('code-invalid');
    }
    const fifth = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code: wrongOf(code),
    });
    expect(fifth.status).toBe(423);
    expect(fifth.json.error.code).toBe('code-locked');
    expect(fifth.json.error.message).toMatch(/\d{2}:\d{2}/);
    // Even the right code is refused while locked, and no new code can be asked for.
    const right = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code,
    });
    expect(right.json.error.code).toBe('code-locked');
    const again = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: phone,
      password: PASSWORD,
    });
    expect(again.status).toBe(423);
    server.clock.advance(30 * 60_000 + 1000);
    const after = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: phone,
      password: PASSWORD,
    });
    expect(after.status).toBe(200);
  });

  it('expires a code after 10 minutes', async () => {
    const { phone, code } = await pendingSignIn();
    server.clock.advance(10 * 60_000 + 1);
    const late = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code,
    });
    expect(late.status).toBe(422);
    expect(late.json.error.code).toBe('code-expired');
  });

  it('makes a resend wait 60 seconds, and the new code voids the old one', async () => {
    const { phone, code } = await pendingSignIn();
    const tooSoon = await call(server.app, 'POST', '/api/v1/auth/codes/resend', {
      login: phone,
      purpose: 'sign-in',
    });
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.json.error.code).toBe('code-resend-too-soon');
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
    expect(reuse.json.error.code).toBe('code-not-requested');
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
