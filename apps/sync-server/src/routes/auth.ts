import { createRoute } from '@hono/zod-openapi';
import { Password, PersonNamePart, PhoneRu, Email, fieldError, uuidv7 } from '@rodnik/domain';
import { z } from 'zod';
import {
  assertNewPassword,
  confirmContactChange,
  loginsOf,
  requestContactChange,
} from '../auth/account-settings.ts';
import { scryptPasswords } from '../auth/password-hasher.ts';
import { passwordGuesses } from '../auth/password-guesses.ts';
import { Login, SignInLogin, loginKey, maskDestination } from '../auth/login.ts';
import { hashToken, newToken } from '../auth/secrets.ts';
import { isExpiredSignUp } from '../auth/sign-up-expiry.ts';
import { signUp } from '../auth/sign-up.ts';
import { checkCode, issueCode } from '../codes/one-time-codes.ts';
import { sendBudget, type SendKind } from '../codes/send-budget.ts';
import type { Deps } from '../deps.ts';
import { ApiFailure, badInput } from '../http/api-failure.ts';
import { ErrorBody, errorResponses, jsonBody, jsonResponse, openApiApp } from '../http/openapi.ts';
import { clientAddress, rateLimit, rateLimited } from '../http/rate-limit.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import type {
  Account,
  Channel,
  SentCodePurpose as CodePurpose,
  StoreWrites,
} from '../store/store.ts';

const SignUpBody = z.object({
  surname: PersonNamePart,
  givenName: PersonNamePart,
  patronymic: z.union([z.literal(''), PersonNamePart]).optional(),
  phone: PhoneRu,
  email: Email,
  /** At least 10 characters, not a common password, not the phone or e-mail (`@rodnik/domain` passwordProblem). */
  password: Password,
  /** `child`: a teenager's own account (an empty family of its own until linked). */
  role: z.enum(['parent', 'child']).default('parent'),
});
const ConfirmBody = z.object({
  login: Login,
  channel: z.enum(['phone', 'email']),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'code-invalid' }),
});
const SignInBody = z.object({
  /** A phone, an e-mail, or a simplified child account's login. */
  login: SignInLogin,
  password: z.string().min(1, { error: 'required' }).max(200),
});
const CodeBody = z.object({
  login: Login,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'code-invalid' }),
});
const ResendBody = z.object({
  login: Login,
  purpose: z.enum(['confirm-phone', 'confirm-email', 'sign-in', 'password-reset']),
});
const ResetRequestBody = z.object({ login: Login });
const ResetConfirmBody = z.object({
  login: Login,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'code-invalid' }),
  password: Password,
});

const CurrentPassword = z.string().min(1, { error: 'required' }).max(200);
const ChangePasswordBody = z.object({
  currentPassword: CurrentPassword,
  /** The new password, by the same rule as sign-up's. */
  password: Password,
});
/** A new phone or e-mail, each checked by its own rule. */
const NewContact = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('phone'), value: PhoneRu }),
  z.object({ channel: z.literal('email'), value: Email }),
]);
const ContactConfirmBody = z.discriminatedUnion('channel', [
  z.object({
    channel: z.literal('phone'),
    value: PhoneRu,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { error: 'code-invalid' }),
  }),
  z.object({
    channel: z.literal('email'),
    value: Email,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { error: 'code-invalid' }),
  }),
]);
const AccountView = z.object({
  id: z.string(),
  familyId: z.string(),
  role: z.enum(['parent', 'child', 'operator']),
  surname: z.string(),
  givenName: z.string(),
  patronymic: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  phoneConfirmed: z.boolean(),
  emailConfirmed: z.boolean(),
  /** A child account's own child card (null for parents and for a child not yet linked). */
  childId: z.string().nullable(),
  /** A simplified child account's login. */
  login: z.string().nullable(),
});
const SessionView = z.object({ token: z.string(), expiresAt: z.string(), account: AccountView });
const CodeSent = z.object({
  channel: z.enum(['sms', 'email']),
  destination: z.string(),
  expiresAt: z.string(),
});
const Accepted = z.object({ accepted: z.literal(true) });

const route = <P extends string, M extends 'get' | 'post'>(method: M, path: P) => ({
  method,
  path,
  tags: ['auth'],
});

const signUpRoute = createRoute({
  ...route('post', '/sign-up'),
  summary:
    'A parent signs up; codes go to the phone and the e-mail. A contact that already has an account is sent a notice instead, and the answer is the same',
  request: { body: jsonBody(SignUpBody) },
  responses: {
    202: jsonResponse(
      z.object({ accepted: z.literal(true), confirm: z.array(z.enum(['phone', 'email'])) }),
      'Accepted: confirm the contacts with the codes sent to them',
    ),
    ...errorResponses,
  },
});
const confirmRoute = createRoute({
  ...route('post', '/confirm'),
  summary: 'Confirm a phone or an e-mail with its one-time code',
  request: { body: jsonBody(ConfirmBody) },
  responses: { 200: jsonResponse(AccountView, 'Confirmed'), ...errorResponses },
});
const signInRoute = createRoute({
  ...route('post', '/sign-in'),
  summary:
    'Check the password and send a one-time sign-in code; a simplified child account (login) gets its session at once',
  request: { body: jsonBody(SignInBody) },
  responses: {
    200: jsonResponse(z.union([CodeSent, SessionView]), 'Code sent, or signed in'),
    403: jsonResponse(
      ErrorBody,
      '`contact-not-confirmed`: the password is right but no contact is confirmed to send the code to',
    ),
    ...errorResponses,
  },
});
const signInVerifyRoute = createRoute({
  ...route('post', '/sign-in/verify'),
  summary: 'Finish signing in with the one-time code; returns a session token',
  request: { body: jsonBody(CodeBody) },
  responses: { 200: jsonResponse(SessionView, 'Signed in'), ...errorResponses },
});
const resendRoute = createRoute({
  ...route('post', '/codes/resend'),
  summary:
    'Send a new one-time code (once a minute, 5 an hour at most); answers the same whether or not the login exists or a code was sent',
  request: { body: jsonBody(ResendBody) },
  responses: {
    202: jsonResponse(Accepted, 'A code is on its way if the request was valid'),
    ...errorResponses,
  },
});
const resetRequestRoute = createRoute({
  ...route('post', '/password-reset'),
  summary: 'Ask for a password-reset code (answers the same whether or not the login exists)',
  request: { body: jsonBody(ResetRequestBody) },
  responses: { 202: jsonResponse(Accepted, 'Accepted'), ...errorResponses },
});
const resetConfirmRoute = createRoute({
  ...route('post', '/password-reset/confirm'),
  summary: 'Set a new password with the reset code; signs out every session',
  request: { body: jsonBody(ResetConfirmBody) },
  responses: { 200: jsonResponse(Accepted, 'Password changed'), ...errorResponses },
});
const signOutRoute = createRoute({
  ...route('post', '/sign-out'),
  summary: 'End this session',
  security: [{ bearer: [] }],
  responses: { 200: jsonResponse(Accepted, 'Signed out'), ...errorResponses },
});
const changePasswordRoute = createRoute({
  ...route('post', '/password'),
  summary:
    'Change the password (the current one is asked for; 10 wrong ones in 15 minutes, then 429); every other session of the account ends',
  security: [{ bearer: [] }],
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 200: jsonResponse(Accepted, 'Password changed'), ...errorResponses },
});
const contactRoute = createRoute({
  ...route('post', '/contact'),
  summary:
    'Ask to change the phone or e-mail: a code goes to the new one (once a minute, 5 an hour). A contact another account holds gets a notice instead, and the answer is the same',
  security: [{ bearer: [] }],
  request: { body: jsonBody(NewContact) },
  responses: {
    202: jsonResponse(Accepted, 'A code is on its way if the contact can be taken'),
    ...errorResponses,
  },
});
const contactConfirmRoute = createRoute({
  ...route('post', '/contact/confirm'),
  summary:
    "Make the new phone or e-mail the account's own with the code sent to it; every failure answers 422 code-invalid",
  security: [{ bearer: [] }],
  request: { body: jsonBody(ContactConfirmBody) },
  responses: {
    200: jsonResponse(AccountView, 'The account with its new contact'),
    ...errorResponses,
  },
});
const meRoute = createRoute({
  ...route('get', '/me'),
  summary: 'The signed-in account',
  security: [{ bearer: [] }],
  responses: { 200: jsonResponse(AccountView, 'The account'), ...errorResponses },
});

export function accountView(account: Account): z.infer<typeof AccountView> {
  return {
    id: account.id,
    familyId: account.familyId,
    role: account.role,
    surname: account.surname,
    givenName: account.givenName,
    patronymic: account.patronymic,
    phone: account.phone,
    email: account.email,
    phoneConfirmed: account.phoneConfirmedAt !== null,
    emailConfirmed: account.emailConfirmedAt !== null,
    childId: account.childId,
    login: account.login,
  };
}

/** What a contact that already has an account is sent when someone signs up with it. */
const ACCOUNT_EXISTS_TEXT: Record<Channel, string> = {
  sms: 'На этот номер уже есть учётная запись Родника. Если это вы — войдите или восстановите пароль.',
  email:
    'На этот адрес уже есть учётная запись Родника. Если это вы — войдите или восстановите пароль.',
};

const CODE_TEXT: Record<CodePurpose, (code: string) => string> = {
  'confirm-phone': (code) => `Родник: код подтверждения телефона ${code}. Никому его не сообщайте.`,
  'confirm-email': (code) => `Родник: код подтверждения почты ${code}. Никому его не сообщайте.`,
  'sign-in': (code) => `Родник: код для входа ${code}. Никому его не сообщайте.`,
  'password-reset': (code) => `Родник: код для смены пароля ${code}. Никому его не сообщайте.`,
  'change-phone': (code) => `Родник: код для смены телефона ${code}. Никому его не сообщайте.`,
  'change-email': (code) => `Родник: код для смены почты ${code}. Никому его не сообщайте.`,
};

/** Sent to a contact another account holds when someone asks to make it theirs. */
const CONTACT_HELD_TEXT: Record<Channel, string> = {
  sms: 'Родник: этот номер попросили привязать к другой учётной записи. Номер остаётся за вами; если это были вы — войдите в свою учётную запись.',
  email:
    'Родник: этот адрес попросили привязать к другой учётной записи. Адрес остаётся за вами; если это были вы — войдите в свою учётную запись.',
};

/** Sent to the old contact once a new one is confirmed, so a takeover does not go unseen. */
const CONTACT_CHANGED_TEXT: Record<Channel, string> = {
  sms: 'Родник: телефон вашей учётной записи изменён. Если это были не вы — восстановите пароль по почте.',
  email:
    'Родник: адрес почты вашей учётной записи изменён. Если это были не вы — восстановите пароль по телефону.',
};

export function authRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  const now = () => deps.clock.now();
  const newId = () => uuidv7(now().getTime(), deps.randomBytes(10));
  const codeCtx = () => ({ secret: deps.secret, now: now(), randomBytes: deps.randomBytes });
  const limits = deps.config.RATE_LIMITS;
  const passwords = deps.passwords ?? scryptPasswords;
  const sends = sendBudget(limits);
  const guesses = passwordGuesses(limits);
  const perAddress = (max: number) =>
    rateLimit({
      windowMs: 60_000,
      max,
      key: (c) => `${c.req.path}|${clientAddress(c, deps.config.TRUST_PROXY)}`,
      now: () => now().getTime(),
      enabled: limits,
    });

  /** A gateway that is down is not the person's fault: 503, and they can ask again. */
  async function deliver(channel: Channel, to: string, purpose: string, text: string) {
    try {
      await deps.notifier.send({ channel, to, purpose, text });
    } catch (error) {
      deps.logger.warn(
        { channel, purpose, err: { name: (error as Error).name } },
        'delivery failed',
      );
      throw new ApiFailure(503, 'delivery-failed');
    }
  }

  /**
   * Sends within the account's budget, or silently not at all: used where the
   * answer must not tell whether the account exists. Returns whether it sent.
   */
  async function sendQuietly(
    account: Account,
    kind: SendKind,
    target: { channel: Channel; to: string },
    text: () => Promise<string | null>,
  ): Promise<boolean> {
    if (sends.retryAfter(account.id, kind, now()) > 0) return false;
    const message = await text();
    if (message === null) return false;
    sends.spend(account.id, kind, now());
    await deliver(target.channel, target.to, kind, message);
    return true;
  }

  /** Resend and reset answer 202 even when the gateway is down: a 503 would come only for known logins. */
  async function despiteDeliveryFailure(send: Promise<unknown>): Promise<void> {
    try {
      await send;
    } catch (error) {
      if (!(error instanceof ApiFailure && error.code === 'delivery-failed')) throw error;
    }
  }

  /** A new code of a purpose, or null while the last one is too fresh to resend. */
  async function freshCode(accountId: string, purpose: CodePurpose): Promise<string | null> {
    const issued = await deps.store.transaction((tx) =>
      issueCode(tx, codeCtx(), accountId, purpose),
    );
    return issued.ok ? CODE_TEXT[purpose](issued.code) : null;
  }

  /** An expired sign-up is no account at all (`auth/sign-up-expiry.ts`). */
  async function findAccount(login: Login | SignInLogin): Promise<Account | null> {
    const account = await deps.store.findAccountByLogin(login);
    return account && !isExpiredSignUp(account, now()) ? account : null;
  }

  /**
   * Every failed code check answers alike — no code, a wrong one, an expired
   * or a burned one, an unknown login — so a stranger learns nothing.
   */
  const codeRefused = () => new ApiFailure(422, 'code-invalid');

  /** Checks a code; a wrong try is committed before the request fails. */
  async function consumeCode(
    accountId: string,
    purpose: CodePurpose,
    code: string,
    onSuccess: (tx: StoreWrites) => Promise<void>,
  ) {
    const result = await deps.store.transaction(async (tx) => {
      const checked = await checkCode(tx, codeCtx(), accountId, purpose, code);
      if (checked.ok) await onSuccess(tx);
      return checked;
    });
    if (!result.ok) throw codeRefused();
  }

  function newSession(account: Account) {
    const token = newToken(deps.randomBytes);
    const expiresAt = new Date(
      now().getTime() + deps.config.SESSION_TTL_HOURS * 3_600_000,
    ).toISOString();
    const session = {
      tokenHash: hashToken(token),
      accountId: account.id,
      createdAt: now().toISOString(),
      expiresAt,
      revokedAt: null,
    };
    return { token, expiresAt, session };
  }

  app.use('/sign-up', perAddress(10));
  app.use('/sign-in', perAddress(20));
  app.use('/sign-in/verify', perAddress(30));
  app.use('/confirm', perAddress(30));
  app.use('/codes/resend', perAddress(10));
  app.use('/password-reset', perAddress(10));
  app.use('/password-reset/confirm', perAddress(30));
  app.use('/password', perAddress(10));
  app.use('/contact', perAddress(10));
  app.use('/contact/confirm', perAddress(30));
  app.use('/password', requireSession(deps));
  app.use('/contact', requireSession(deps));
  app.use('/contact/confirm', requireSession(deps));
  app.use('/sign-out', requireSession(deps));
  app.use('/me', requireSession(deps));

  const signUpAccepted = () => ({
    accepted: true as const,
    confirm: ['phone', 'email'] as ('phone' | 'email')[],
  });

  return app
    .openapi(signUpRoute, async (c) => {
      const body = c.req.valid('json');
      assertNewPassword(body.password, [body.phone, body.email]);
      // Hashed first, whatever follows: a known contact costs what a new one does.
      const passwordHash = await passwords.hash(body.password);
      const outcome = await deps.store.transaction((tx) =>
        signUp(tx, { ...codeCtx(), newId }, body, passwordHash),
      );
      if (!outcome.created) {
        // No 409: the contact's owner hears of it, the person asking learns nothing.
        for (const { holder, channel, to } of outcome.notices) {
          await sendQuietly(
            holder,
            'account-exists-notice',
            { channel, to },
            async () => ACCOUNT_EXISTS_TEXT[channel],
          );
        }
        return c.json(signUpAccepted(), 202);
      }
      sends.spend(outcome.accountId, 'confirm-phone', now());
      await deliver(
        'sms',
        body.phone,
        'confirm-phone',
        CODE_TEXT['confirm-phone'](outcome.phoneCode),
      );
      sends.spend(outcome.accountId, 'confirm-email', now());
      await deliver(
        'email',
        body.email,
        'confirm-email',
        CODE_TEXT['confirm-email'](outcome.emailCode),
      );
      return c.json(signUpAccepted(), 202);
    })
    .openapi(confirmRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await findAccount(body.login);
      if (!account) throw codeRefused();
      const purpose: CodePurpose = body.channel === 'phone' ? 'confirm-phone' : 'confirm-email';
      await consumeCode(account.id, purpose, body.code, (tx) =>
        tx.updateAccount(
          account.id,
          body.channel === 'phone'
            ? { phoneConfirmedAt: now().toISOString() }
            : { emailConfirmedAt: now().toISOString() },
        ),
      );
      const updated = await deps.store.getAccount(account.id);
      return c.json(accountView(updated ?? account), 200);
    })
    .openapi(signInRoute, async (c) => {
      const body = c.req.valid('json');
      // Guesses are counted per login typed, so an unknown login is throttled like a known one.
      const key = loginKey(body.login);
      const wait = guesses.retryAfter(key, now());
      if (wait > 0) throw rateLimited(wait);
      const account = await findAccount(body.login);
      const valid = await passwords.verify(
        body.password,
        account?.passwordHash ?? passwords.dummyHash,
      );
      if (!account || !valid) {
        guesses.failed(key, now());
        throw new ApiFailure(401, 'invalid-credentials');
      }
      guesses.succeeded(key);
      if ('login' in body.login) {
        // A simplified child account or an operator has no code step: the login and password are the whole sign-in.
        const { token, expiresAt, session } = newSession(account);
        await deps.store.transaction((tx) => tx.insertSession(session));
        return c.json({ token, expiresAt, account: accountView(account) }, 200);
      }
      const destination = signInDestination(account);
      if (!destination) throw new ApiFailure(403, 'contact-not-confirmed');
      // The password is proven: the owner may be told when another code can be sent.
      const spent = sends.retryAfter(account.id, 'sign-in', now());
      if (spent > 0) throw rateLimited(spent);
      const issued = await deps.store.transaction((tx) =>
        issueCode(tx, codeCtx(), account.id, 'sign-in'),
      );
      if (!issued.ok) {
        throw new ApiFailure(429, 'code-resend-too-soon', { seconds: issued.seconds }, undefined, {
          'Retry-After': String(issued.seconds),
        });
      }
      sends.spend(account.id, 'sign-in', now());
      await deliver(
        destination.channel,
        destination.to,
        'sign-in',
        CODE_TEXT['sign-in'](issued.code),
      );
      return c.json(
        {
          channel: destination.channel,
          destination: maskDestination(destination.to),
          expiresAt: issued.expiresAt,
        },
        200,
      );
    })
    .openapi(signInVerifyRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await findAccount(body.login);
      if (!account) throw codeRefused();
      const { token, expiresAt, session } = newSession(account);
      await consumeCode(account.id, 'sign-in', body.code, (tx) => tx.insertSession(session));
      return c.json({ token, expiresAt, account: accountView(account) }, 200);
    })
    .openapi(resendRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await findAccount(body.login);
      const target = account ? resendTarget(account, body.purpose) : null;
      if (account && target) {
        const pending =
          body.purpose !== 'sign-in' || (await deps.store.getCode(account.id, 'sign-in'))?.codeHash;
        if (pending) {
          await despiteDeliveryFailure(
            sendQuietly(account, body.purpose, target, () => freshCode(account.id, body.purpose)),
          );
        }
      }
      // The same answer whether the login exists, a code was due or one went out.
      return c.json({ accepted: true as const }, 202);
    })
    .openapi(resetRequestRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await findAccount(body.login);
      const target = account ? resetDestination(account) : null;
      if (account && target) {
        await despiteDeliveryFailure(
          sendQuietly(account, 'password-reset', target, () =>
            freshCode(account.id, 'password-reset'),
          ),
        );
      }
      return c.json({ accepted: true as const }, 202);
    })
    .openapi(resetConfirmRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await findAccount(body.login);
      assertNewPassword(body.password, [loginText(body.login)]);
      // Hashed before anything is known: an unknown login costs what a known one does.
      const passwordHash = await passwords.hash(body.password);
      if (!account) throw codeRefused();
      await consumeCode(account.id, 'password-reset', body.code, async (tx) => {
        await tx.updateAccount(account.id, { passwordHash });
        // A child account made with an e-mail gets its first reset code there: that proves the address.
        if (!signInDestination(account) && account.email) {
          await tx.updateAccount(account.id, { emailConfirmedAt: now().toISOString() });
        }
        await tx.revokeSessionsOf(account.id, now().toISOString());
      });
      return c.json({ accepted: true as const }, 200);
    })
    .openapi(signOutRoute, async (c) => {
      const tokenHash = c.get('tokenHash');
      await deps.store.transaction((tx) => tx.revokeSession(tokenHash, now().toISOString()));
      return c.json({ accepted: true as const }, 200);
    })
    .openapi(changePasswordRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await deps.store.getAccount(c.get('actor').accountId);
      if (!account) throw new ApiFailure(401, 'unauthorized');
      // A stolen unlocked phone must not try passwords at will: the sign-in limit, per account.
      const key = `account:${account.id}`;
      const wait = guesses.retryAfter(key, now());
      if (wait > 0) throw rateLimited(wait);
      if (!(await passwords.verify(body.currentPassword, account.passwordHash))) {
        guesses.failed(key, now());
        throw badInput([fieldError('currentPassword', 'invalid-credentials')]);
      }
      guesses.succeeded(key);
      assertNewPassword(body.password, loginsOf(account));
      const passwordHash = await passwords.hash(body.password);
      await deps.store.transaction(async (tx) => {
        await tx.updateAccount(account.id, { passwordHash });
        // This device stays signed in; every other one signs in with the new password.
        await tx.revokeSessionsOf(account.id, now().toISOString(), c.get('tokenHash'));
      });
      return c.json({ accepted: true as const }, 200);
    })
    .openapi(contactRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await deps.store.getAccount(c.get('actor').accountId);
      if (!account) throw new ApiFailure(401, 'unauthorized');
      const purpose = body.channel === 'phone' ? 'change-phone' : 'change-email';
      const channel: Channel = body.channel === 'phone' ? 'sms' : 'email';
      if (sends.retryAfter(account.id, purpose, now()) === 0) {
        const outcome = await deps.store.transaction((tx) =>
          requestContactChange(tx, codeCtx(), account, body.channel, body.value),
        );
        if (outcome.kind === 'code') {
          sends.spend(account.id, purpose, now());
          await deliver(channel, body.value, purpose, CODE_TEXT[purpose](outcome.code));
        } else if (outcome.kind === 'held') {
          await despiteDeliveryFailure(
            sendQuietly(
              outcome.holder,
              'account-exists-notice',
              { channel, to: body.value },
              async () => CONTACT_HELD_TEXT[channel],
            ),
          );
        }
      }
      // The same answer whether a code went out, the contact is someone else's, or it is too soon.
      return c.json({ accepted: true as const }, 202);
    })
    .openapi(contactConfirmRoute, async (c) => {
      const body = c.req.valid('json');
      const account = await deps.store.getAccount(c.get('actor').accountId);
      if (!account) throw new ApiFailure(401, 'unauthorized');
      const changed = await deps.store.transaction((tx) =>
        confirmContactChange(tx, codeCtx(), account, body.channel, body.value, body.code),
      );
      if (!changed) throw codeRefused();
      const old = body.channel === 'phone' ? account.phone : account.email;
      const oldConfirmed =
        body.channel === 'phone' ? account.phoneConfirmedAt : account.emailConfirmedAt;
      if (old && oldConfirmed && old !== body.value) {
        const channel: Channel = body.channel === 'phone' ? 'sms' : 'email';
        await despiteDeliveryFailure(
          deliver(channel, old, 'contact-changed', CONTACT_CHANGED_TEXT[channel]),
        );
      }
      const updated = await deps.store.getAccount(account.id);
      return c.json(accountView(updated ?? account), 200);
    })
    .openapi(meRoute, async (c) => {
      const account = await deps.store.getAccount(c.get('actor').accountId);
      if (!account) throw new ApiFailure(401, 'unauthorized');
      return c.json(accountView(account), 200);
    });
}

/**
 * Reset codes go where sign-in codes go; a child account a parent made with
 * an e-mail has no confirmed contact yet, and its first password is set with
 * a reset code sent to that e-mail (the e-mail is proven by using it).
 */
function resetDestination(account: Account): { channel: Channel; to: string } | null {
  const usual = signInDestination(account);
  if (usual) return usual;
  if (account.role === 'child' && !account.phone && account.email) {
    return { channel: 'email', to: account.email };
  }
  return null;
}

/** The login as typed, normalised: what a new password is compared with. */
function loginText(login: Login): string {
  return 'phone' in login ? String(login.phone) : String(login.email);
}

/** Sign-in and reset codes go to a confirmed phone, else to a confirmed e-mail. */
function signInDestination(account: Account): { channel: Channel; to: string } | null {
  if (account.phone && account.phoneConfirmedAt) return { channel: 'sms', to: account.phone };
  if (account.email && account.emailConfirmedAt) return { channel: 'email', to: account.email };
  return null;
}

function resendTarget(
  account: Account,
  purpose: CodePurpose,
): { channel: Channel; to: string } | null {
  if (purpose === 'confirm-phone') {
    return account.phone && !account.phoneConfirmedAt
      ? { channel: 'sms', to: account.phone }
      : null;
  }
  if (purpose === 'confirm-email') {
    return account.email && !account.emailConfirmedAt
      ? { channel: 'email', to: account.email }
      : null;
  }
  return signInDestination(account);
}
