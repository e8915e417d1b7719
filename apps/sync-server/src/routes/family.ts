import { createRoute } from '@hono/zod-openapi';
import {
  accountKindFor,
  BirthCertificateNumber,
  BirthCertificateSeries,
  COLLECTION_NAMES,
  Email,
  parseDateRu,
  Password,
  serviceToday,
  uuidv7,
  type CollectionName,
} from '@rodnik/domain';
import { z } from 'zod';
import { ChildLogin, Login } from '../auth/login.ts';
import { scryptPasswords } from '../auth/password-hasher.ts';
import { hashCode, newToken, sameHash } from '../auth/secrets.ts';
import { activeLock, clearFailures, recordFailure } from '../codes/attempts.ts';
import { invitationQuota } from '../codes/invitation-quota.ts';
import { issueCode, randomDigits } from '../codes/one-time-codes.ts';
import type { Deps } from '../deps.ts';
import { NO_IDENTITY } from '../identity/members.ts';
import {
  childAccountView,
  deleteChildAccount,
  resetChildPassword,
  type ChildAccountDeps,
} from '../family/child-account.ts';
import { forgetCodesOf } from '../family/link-codes.ts';
import { judgeLinkCode } from '../family/link-attempt.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { ErrorBody, errorResponses, jsonBody, jsonResponse, openApiApp } from '../http/openapi.ts';
import { clientAddress, rateLimit } from '../http/rate-limit.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { refuseOperators } from '../http/family-only.ts';
import type { Account, Channel, NewDoc, StoredDoc, StoreWrites } from '../store/store.ts';
import { certificateKey } from '../sync/children-rules.ts';
import type { Actor } from '../sync/actor.ts';

/** Invitations of a second parent: 6 digits, valid 24 hours, stored hashed. */
export const INVITATION_RULES = { digits: 6, ttlMs: 24 * 3_600_000 } as const;

const ChildIdParam = z.object({ childId: z.string().min(1).max(64) });

const ChildAccountBody = z.union([
  z.object({ login: ChildLogin, password: Password }).strict(),
  z.object({ email: Email }).strict(),
]);
const LinkBody = z.object({
  series: BirthCertificateSeries,
  number: BirthCertificateNumber,
  code: z
    .string()
    .trim()
    .max(20)
    .regex(/^[A-Za-z0-9]{4}[-\s]?[A-Za-z0-9]{4}$/, { error: 'link-code-invalid' }),
});
/** Only whom to invite: the message names the inviter by their account, so no free text is taken. */
const InviteBody = z.object({ login: Login }).strict();
const AcceptBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'code-invalid' }),
});

const Accepted = z.object({ accepted: z.literal(true) });
const ChildAccountCreated = z.object({
  accountId: z.string(),
  login: z.string().nullable(),
  email: z.string().nullable(),
});
const ChildAccountShown = z.object({
  accountId: z.string(),
  login: z.string().nullable(),
  email: z.string().nullable(),
  emailConfirmed: z.boolean(),
  kind: z.enum(['simplified', 'own']),
  createdAt: z.string(),
});
/** The parent's new password for the child, or none: then the server makes one and answers it once. */
const ChildPasswordBody = z.object({ password: Password.optional() }).strict();
const ChildPasswordSet = z.object({
  /** The password the server made (shown once, never stored); null when the parent typed one. */
  password: z.string().nullable(),
});
const Linked = z.object({ familyId: z.string(), childId: z.string() });
const Joined = z.object({ familyId: z.string() });

const route = <P extends string>(path: P, summary: string) => ({
  method: 'post' as const,
  path,
  tags: ['family'],
  summary,
  security: [{ bearer: [] }],
});

const childAccountRoute = createRoute({
  ...route(
    '/children/{childId}/account',
    'A parent creates a simplified account for a child under 14',
  ),
  request: { params: ChildIdParam, body: jsonBody(ChildAccountBody) },
  responses: {
    201: jsonResponse(ChildAccountCreated, 'Account created and linked'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    404: jsonResponse(ErrorBody, '`not-found`: no such child card in your family'),
    409: jsonResponse(ErrorBody, '`account-exists`: the child or the login already has an account'),
    ...errorResponses,
    // After the shared ones: this route's 503 is the gateway's, not the store's.
    503: jsonResponse(ErrorBody, '`delivery-failed`: the SMS or e-mail could not be sent; retry'),
  },
});
const linkRoute = createRoute({
  ...route('/link', "A child of 14 or older joins the parent's family with the linking code"),
  request: { body: jsonBody(LinkBody) },
  responses: {
    200: jsonResponse(Linked, 'Linked'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a child account may link'),
    409: jsonResponse(ErrorBody, '`already-in-family`'),
    423: jsonResponse(
      ErrorBody,
      '`link-locked` until `params.until` (an ISO instant) after too many wrong codes',
    ),
    ...errorResponses,
  },
});
const inviteRoute = createRoute({
  ...route(
    '/invitations',
    'Invite a second parent by phone or e-mail (3 a day to one contact, 10 a day from one family)',
  ),
  request: { body: jsonBody(InviteBody) },
  responses: {
    202: jsonResponse(Accepted, 'An invitation code is on its way'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    409: jsonResponse(ErrorBody, "Another family's invitation to this contact is still pending"),
    ...errorResponses,
    // After the shared ones: this route's 503 is the gateway's, not the store's.
    503: jsonResponse(ErrorBody, '`delivery-failed`: the SMS or e-mail could not be sent; retry'),
  },
});
const acceptRoute = createRoute({
  ...route('/invitations/accept', 'Join the inviting family with the invitation code'),
  request: { body: jsonBody(AcceptBody) },
  responses: {
    200: jsonResponse(Joined, 'Joined'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    409: jsonResponse(ErrorBody, '`already-in-family` or `family-not-empty`'),
    423: jsonResponse(
      ErrorBody,
      '`code-locked` until `params.until` (an ISO instant) after too many wrong codes',
    ),
    ...errorResponses,
  },
});
const unlinkRoute = createRoute({
  ...route(
    '/children/{childId}/unlink',
    "The child's account leaves the family; no data is deleted",
  ),
  request: { params: ChildIdParam },
  responses: {
    200: jsonResponse(Accepted, 'Unlinked'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    404: jsonResponse(ErrorBody, '`not-found`: no such child card in your family'),
    ...errorResponses,
  },
});
const leaveRoute = createRoute({
  ...route('/leave', 'A parent leaves the family while another parent remains'),
  responses: {
    200: jsonResponse(Accepted, 'Left'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    409: jsonResponse(ErrorBody, '`family-last-parent`: the only parent cannot leave'),
    ...errorResponses,
  },
});

const childAccountShownRoute = createRoute({
  method: 'get',
  path: '/children/{childId}/account',
  tags: ['family'],
  summary: "A parent sees the child's account: its login or e-mail and whether the parent made it",
  security: [{ bearer: [] }],
  request: { params: ChildIdParam },
  responses: {
    200: jsonResponse(ChildAccountShown, "The child's account"),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    404: jsonResponse(
      ErrorBody,
      '`not-found`: no such child card in your family; `child-has-no-account`: the card has no account',
    ),
    ...errorResponses,
  },
});
const childPasswordRoute = createRoute({
  ...route(
    '/children/{childId}/account/password',
    "A parent gives the child's simplified account a new password (typed, or made by the server and shown once); the child's sessions end",
  ),
  request: { params: ChildIdParam, body: jsonBody(ChildPasswordBody) },
  responses: {
    200: jsonResponse(ChildPasswordSet, 'The password is changed'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    404: jsonResponse(
      ErrorBody,
      '`not-found`: no such child card in your family; `child-has-no-account`: the card has no account',
    ),
    409: jsonResponse(ErrorBody, "`child-account-own`: a teenager's own account is theirs"),
    ...errorResponses,
  },
});
const deleteChildAccountRoute = createRoute({
  method: 'delete',
  path: '/children/{childId}/account',
  tags: ['family'],
  summary:
    "A parent deletes the child's simplified account: it can no longer sign in; the card and its documents stay",
  security: [{ bearer: [] }],
  request: { params: ChildIdParam },
  responses: {
    200: jsonResponse(Accepted, 'Deleted'),
    403: jsonResponse(ErrorBody, '`forbidden`: only a parent may do this'),
    404: jsonResponse(
      ErrorBody,
      '`not-found`: no such child card in your family; `child-has-no-account`: the card has no account',
    ),
    409: jsonResponse(ErrorBody, "`child-account-own`: a teenager's own account is theirs"),
    ...errorResponses,
  },
});

/** The collections a child's own documents live in, moved into the family on linking. */
const CHILD_OWNED: readonly CollectionName[] = ['documents', 'applications', 'notifications'];
const PAGE = 500;

export function familyRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  const now = () => deps.clock.now();
  const newId = () => uuidv7(now().getTime(), deps.randomBytes(10));
  app.use('*', requireSession(deps), refuseOperators());
  const perAddress = (max: number) =>
    rateLimit({
      windowMs: 60_000,
      max,
      key: (c) => `${c.req.path}|${clientAddress(c, deps.config.TRUST_PROXY)}`,
      now: () => now().getTime(),
      enabled: deps.config.RATE_LIMITS,
    });
  const invitations = invitationQuota(deps.config.RATE_LIMITS);
  app.use('/link', perAddress(30));
  app.use('/invitations', perAddress(10));
  app.use('/invitations/accept', perAddress(30));
  app.use('/children/:childId/account', perAddress(30));
  app.use('/children/:childId/account/password', perAddress(10));
  const accountDeps: ChildAccountDeps = {
    passwords: deps.passwords ?? scryptPasswords,
    randomBytes: deps.randomBytes,
    now,
    newId,
  };

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

  /** Every document of a scope, all pages, in server order. */
  async function allDocs(
    tx: StoreWrites,
    collection: CollectionName,
    scope: { familyId: string; childId?: string },
  ): Promise<StoredDoc[]> {
    const out: StoredDoc[] = [];
    for (let after = 0; ;) {
      const page = await tx.pullDocs(collection, scope, after, PAGE);
      out.push(...page);
      if (page.length < PAGE) return out;
      after = page.at(-1)!.seq;
    }
  }

  /**
   * Rewrites documents with new sequence numbers, so a device that just joined
   * (its checkpoint is from its old family) still receives all of them.
   */
  async function touch(
    tx: StoreWrites,
    scope: { familyId: string; childId?: string },
    skip: ReadonlySet<string>,
  ) {
    for (const collection of COLLECTION_NAMES) {
      for (const doc of await allDocs(tx, collection, scope)) {
        if (!skip.has(`${collection}/${doc.id}`)) await tx.putDoc(doc);
      }
    }
  }

  /** A family member's document: the old one is tombstoned (devices see it go), a new one made. */
  async function moveMember(
    tx: StoreWrites,
    account: Account,
    to: { familyId: string; childId: string | null },
  ): Promise<StoredDoc> {
    const old = (await allDocs(tx, 'members', { familyId: account.familyId })).find(
      (doc) => !doc.deleted && doc.data.accountId === account.id,
    );
    if (old) await tx.putDoc({ ...old, deleted: true });
    const moved = memberDoc(newId(), account, to);
    // A confirmed identity belongs to the person, not the family: it moves with them.
    if (old) moved.data = { ...moved.data, ...pickIdentity(old.data) };
    return tx.putDoc(moved);
  }

  async function requireCard(tx: StoreWrites, actor: Actor, childId: string): Promise<StoredDoc> {
    const card = await tx.getDoc('children', childId);
    if (!card || card.deleted || card.familyId !== actor.familyId) {
      throw new ApiFailure(404, 'not-found');
    }
    return card;
  }

  return app
    .openapi(childAccountShownRoute, async (c) => {
      const { childId } = c.req.valid('param');
      return c.json(await childAccountView(deps.store, c.get('actor'), childId), 200);
    })
    .openapi(childPasswordRoute, async (c) => {
      const { childId } = c.req.valid('param');
      const { password } = c.req.valid('json');
      const answer = await deps.store.transaction((tx) =>
        resetChildPassword(tx, accountDeps, c.get('actor'), childId, password),
      );
      return c.json(answer, 200);
    })
    .openapi(deleteChildAccountRoute, async (c) => {
      const { childId } = c.req.valid('param');
      await deps.store.transaction((tx) =>
        deleteChildAccount(tx, accountDeps, c.get('actor'), childId),
      );
      return c.json({ accepted: true as const }, 200);
    })
    .openapi(childAccountRoute, async (c) => {
      const actor = requireParent(c.get('actor'));
      const { childId } = c.req.valid('param');
      const body = c.req.valid('json');
      const passwordHash = await (deps.passwords ?? scryptPasswords).hash(
        'password' in body ? body.password : newToken(deps.randomBytes),
      );
      const at = now().toISOString();
      const accountId = newId();
      const emailCode = await deps.store.transaction(async (tx) => {
        const card = await requireCard(tx, actor, childId);
        if (card.data.status !== 'verified') throw new ApiFailure(422, 'child-not-verified');
        const birth = parseDateRu(String(card.data.birthDate ?? ''));
        if (!birth) throw new ApiFailure(422, 'child-not-verified');
        if (accountKindFor(birth, serviceToday(new Date(at))) !== 'simplified') {
          throw new ApiFailure(422, 'child-too-old');
        }
        if (card.data.accountId) throw new ApiFailure(409, 'account-exists');
        const taken =
          'login' in body
            ? await tx.findAccountByLogin({ login: body.login })
            : await tx.findAccountByLogin({ email: body.email });
        if (taken) throw new ApiFailure(409, 'account-exists');
        const account: Account = {
          id: accountId,
          familyId: actor.familyId,
          role: 'child',
          surname: String(card.data.surname ?? ''),
          givenName: String(card.data.givenName ?? ''),
          patronymic: card.data.patronymic ? String(card.data.patronymic) : null,
          phone: null,
          email: 'email' in body ? body.email : null,
          passwordHash,
          phoneConfirmedAt: null,
          emailConfirmedAt: null,
          createdAt: at,
          childId,
          login: 'login' in body ? body.login : null,
        };
        await tx.insertAccount(account);
        await tx.putDoc({ ...card, data: { ...card.data, accountId } });
        await tx.putDoc(memberDoc(newId(), account, { familyId: actor.familyId, childId }));
        if (!('email' in body)) return null;
        // The child sets a password with this code (`/auth/password-reset/confirm`).
        const issued = await issueCode(
          tx,
          { secret: deps.secret, now: now(), randomBytes: deps.randomBytes },
          accountId,
          'password-reset',
        );
        return issued.ok ? issued.code : null;
      });
      if ('email' in body && emailCode) {
        await deliver(
          'email',
          body.email,
          'password-reset',
          `Родник: для вас создан аккаунт. Код для установки пароля ${emailCode}. Никому его не сообщайте.`,
        );
      }
      return c.json(
        {
          accountId,
          login: 'login' in body ? body.login : null,
          email: 'email' in body ? body.email : null,
        },
        201,
      );
    })
    .openapi(linkRoute, async (c) => {
      const actor = c.get('actor');
      if (actor.role !== 'child') throw new ApiFailure(403, 'forbidden');
      const body = c.req.valid('json');
      const at = now();
      const key = certificateKey({
        birthCertificate: { kind: 'ru', series: body.series, number: body.number },
      });
      type Outcome =
        { ok: true; familyId: string; childId: string } | { ok: false; failure: ApiFailure };
      const outcome = await deps.store.transaction(async (tx): Promise<Outcome> => {
        const account = await tx.getAccount(actor.accountId);
        if (!account) throw new ApiFailure(401, 'unauthorized');
        if (account.childId) throw new ApiFailure(409, 'already-in-family');
        const locked = await activeLock(tx, account.id, 'link', at);
        if (locked) {
          return {
            ok: false,
            failure: new ApiFailure(423, 'link-locked', { until: locked }),
          };
        }
        const cards = key ? await tx.findDocsByKey('children', key) : [];
        const verdict = await judgeLinkCode(tx, deps.secret, cards, body.code, at);
        if (verdict.kind === 'refused') {
          // Only a guess at a live code spends an attempt; the rest say what to do instead.
          if (!verdict.counted) {
            return { ok: false, failure: new ApiFailure(422, verdict.reason) };
          }
          const failed = await recordFailure(tx, account.id, 'link', at);
          if (failed.locked) {
            return {
              ok: false,
              failure: new ApiFailure(423, 'link-locked', { until: failed.until }),
            };
          }
          return {
            ok: false,
            failure: new ApiFailure(422, verdict.reason, { attemptsLeft: failed.attemptsLeft }),
          };
        }
        const match = verdict;
        await clearFailures(tx, account.id, 'link');
        const { card, record } = match;
        const familyId = card.familyId;
        const written = new Set<string>();
        const put = async (doc: NewDoc) => {
          written.add(`${doc.collection}/${doc.id}`);
          return tx.putDoc(doc);
        };
        // The teenager's own documents and applications move into the family, as this child's.
        for (const collection of CHILD_OWNED) {
          for (const doc of await allDocs(tx, collection, { familyId: account.familyId })) {
            await put({
              ...doc,
              familyId,
              childId: card.id,
              data: { ...doc.data, childId: card.id },
            });
          }
        }
        const old = (await allDocs(tx, 'members', { familyId: account.familyId })).find(
          (doc) => !doc.deleted && doc.data.accountId === account.id,
        );
        if (old) await put({ ...old, deleted: true });
        await tx.updateAccount(account.id, { familyId, childId: card.id });
        const moved = { ...account, familyId, childId: card.id };
        await put(memberDoc(newId(), moved, { familyId, childId: card.id }));
        await put({ ...card, data: { ...card.data, accountId: account.id } });
        const link = await tx.getDoc('links', record.linkId);
        if (link) {
          await put({
            ...link,
            data: {
              ...link.data,
              status: 'linked',
              childAccountId: account.id,
              codeExpiresAt: null,
            },
          });
        }
        await forgetCodesOf(tx, card.id);
        await put(linkedNotification(newId(), card, account, at.toISOString()));
        // The child's device pulls from its old checkpoint: renumber what it may now see.
        await touch(tx, { familyId, childId: card.id }, written);
        return { ok: true, familyId, childId: card.id };
      });
      if (!outcome.ok) throw outcome.failure;
      return c.json({ familyId: outcome.familyId, childId: outcome.childId }, 200);
    })
    .openapi(inviteRoute, async (c) => {
      const actor = requireParent(c.get('actor'));
      const { login } = c.req.valid('json');
      const channel: Channel = 'phone' in login ? 'sms' : 'email';
      const to = String('phone' in login ? login.phone : login.email);
      const contact = channel === 'sms' ? `phone:${to}` : `email:${to}`;
      const at = now();
      const over = invitations.exceeded(actor.familyId, contact, at);
      if (over) {
        throw new ApiFailure(
          429,
          'quota-exceeded',
          {
            limit: over.limit,
            retryAfter: over.retryAfter,
            // An ISO instant: each client words it as a time in its own language.
            resetsAt: new Date(at.getTime() + over.retryAfter * 1000).toISOString(),
          },
          undefined,
          { 'Retry-After': String(over.retryAfter) },
        );
      }
      const code = randomDigits(deps.randomBytes, INVITATION_RULES.digits);
      const inviter = await deps.store.transaction(async (tx) => {
        const pending = await tx.getInvitation(contact);
        // Another family's live invitation stays as it is: one contact, one pending invitation.
        if (
          pending &&
          pending.familyId !== actor.familyId &&
          Date.parse(pending.expiresAt) > at.getTime()
        ) {
          throw new ApiFailure(409, 'invitation-pending');
        }
        await tx.putInvitation({
          contact,
          familyId: actor.familyId,
          invitedBy: actor.accountId,
          codeHash: hashCode(deps.secret, `invitation:${contact}`, code),
          expiresAt: new Date(at.getTime() + INVITATION_RULES.ttlMs).toISOString(),
          createdAt: at.toISOString(),
        });
        return tx.getAccount(actor.accountId);
      });
      invitations.spend(actor.familyId, contact, at);
      // The name is the inviter's own account name, never words from the request.
      const name = inviter ? `${inviter.givenName} ${inviter.surname}` : 'Родитель';
      await deliver(
        channel,
        to,
        'family-invitation',
        `Родник: ${name} приглашает вас в семью. Код приглашения ${code}, действует 24 часа. Войдите или зарегистрируйтесь и введите его.`,
      );
      return c.json({ accepted: true as const }, 202);
    })
    .openapi(acceptRoute, async (c) => {
      const actor = requireParent(c.get('actor'));
      const { code } = c.req.valid('json');
      const at = now();
      type Outcome = { ok: true; familyId: string } | { ok: false; failure: ApiFailure };
      const outcome = await deps.store.transaction(async (tx): Promise<Outcome> => {
        const account = await tx.getAccount(actor.accountId);
        if (!account) throw new ApiFailure(401, 'unauthorized');
        const locked = await activeLock(tx, account.id, 'invitation', at);
        if (locked) {
          return {
            ok: false,
            failure: new ApiFailure(423, 'code-locked', { until: locked }),
          };
        }
        // Only a confirmed contact of this account can have received the invitation.
        const contacts = [
          account.phone && account.phoneConfirmedAt ? `phone:${account.phone}` : null,
          account.email && account.emailConfirmedAt ? `email:${account.email}` : null,
        ].filter((value): value is string => value !== null);
        const invitations = [];
        for (const contact of contacts) {
          const invitation = await tx.getInvitation(contact);
          if (invitation) invitations.push(invitation);
        }
        if (invitations.length === 0) {
          return { ok: false, failure: new ApiFailure(422, 'code-not-requested') };
        }
        const live = (i: { expiresAt: string }) => Date.parse(i.expiresAt) > at.getTime();
        const match = invitations.find((i) =>
          sameHash(hashCode(deps.secret, `invitation:${i.contact}`, code), i.codeHash),
        );
        if (!match || !live(match)) {
          if (match || invitations.every((i) => !live(i))) {
            return { ok: false, failure: new ApiFailure(422, 'code-expired') };
          }
          const failed = await recordFailure(tx, account.id, 'invitation', at);
          return {
            ok: false,
            failure: failed.locked
              ? new ApiFailure(423, 'code-locked', { until: failed.until })
              : new ApiFailure(422, 'code-invalid', { attemptsLeft: failed.attemptsLeft }),
          };
        }
        if (match.familyId === account.familyId) throw new ApiFailure(409, 'already-in-family');
        const ownChildren = await allDocs(tx, 'children', { familyId: account.familyId });
        if (ownChildren.some((doc) => !doc.deleted)) throw new ApiFailure(409, 'family-not-empty');
        await clearFailures(tx, account.id, 'invitation');
        await tx.deleteInvitation(match.contact);
        const familyId = match.familyId;
        const alone = (await tx.listFamilyAccounts(account.familyId)).length === 1;
        const written = new Set<string>();
        // Nothing the newcomer kept alone is lost: it comes along into the family.
        if (alone) {
          for (const collection of CHILD_OWNED) {
            for (const doc of await allDocs(tx, collection, { familyId: account.familyId })) {
              written.add(`${collection}/${doc.id}`);
              await tx.putDoc({ ...doc, familyId });
            }
          }
        }
        const member = await moveMember(tx, account, { familyId, childId: null });
        written.add(`members/${member.id}`);
        await tx.updateAccount(account.id, { familyId });
        await touch(tx, { familyId }, written);
        return { ok: true, familyId };
      });
      if (!outcome.ok) throw outcome.failure;
      return c.json({ familyId: outcome.familyId }, 200);
    })
    .openapi(unlinkRoute, async (c) => {
      const actor = requireParent(c.get('actor'));
      const { childId } = c.req.valid('param');
      const at = now().toISOString();
      await deps.store.transaction(async (tx) => {
        const card = await requireCard(tx, actor, childId);
        const child = (await tx.listFamilyAccounts(actor.familyId)).find(
          (account) => account.role === 'child' && account.childId === childId,
        );
        if (!child) throw new ApiFailure(422, 'child-has-no-account');
        const familyId = newId();
        await tx.insertFamily(familyId, at);
        await moveMember(tx, child, { familyId, childId: null });
        await tx.updateAccount(child.id, { familyId, childId: null });
        await tx.putDoc({ ...card, data: { ...card.data, accountId: null } });
        for (const link of await allDocs(tx, 'links', { familyId: actor.familyId, childId })) {
          if (link.data.childAccountId === child.id && link.data.status === 'linked') {
            await tx.putDoc({ ...link, data: { ...link.data, status: 'unlinked' } });
          }
        }
      });
      return c.json({ accepted: true as const }, 200);
    })
    .openapi(leaveRoute, async (c) => {
      const actor = requireParent(c.get('actor'));
      const at = now().toISOString();
      await deps.store.transaction(async (tx) => {
        const accounts = await tx.listFamilyAccounts(actor.familyId);
        const me = accounts.find((account) => account.id === actor.accountId);
        if (!me) throw new ApiFailure(401, 'unauthorized');
        if (!accounts.some((a) => a.role === 'parent' && a.id !== me.id)) {
          throw new ApiFailure(409, 'family-last-parent');
        }
        const familyId = newId();
        await tx.insertFamily(familyId, at);
        await moveMember(tx, me, { familyId, childId: null });
        await tx.updateAccount(me.id, { familyId });
      });
      return c.json({ accepted: true as const }, 200);
    });
}

function requireParent(actor: Actor): Actor {
  if (actor.role !== 'parent') throw new ApiFailure(403, 'forbidden');
  return actor;
}

function pickIdentity(data: Record<string, unknown>): Record<string, unknown> {
  const keys = ['passport', 'identitySubmittedAt', 'identity'];
  return Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]]));
}

function memberDoc(
  id: string,
  account: Account,
  to: { familyId: string; childId: string | null },
): NewDoc {
  return {
    collection: 'members',
    id,
    familyId: to.familyId,
    childId: to.childId,
    deleted: false,
    data: {
      accountId: account.id,
      role: account.role === 'child' ? 'child' : 'parent',
      displayName: [account.surname, account.givenName, account.patronymic]
        .filter(Boolean)
        .join(' '),
      childId: to.childId,
      ...NO_IDENTITY,
    },
  };
}

function linkedNotification(id: string, card: StoredDoc, child: Account, now: string): NewDoc {
  const name = [card.data.surname, card.data.givenName].filter(Boolean).join(' ');
  return {
    collection: 'notifications',
    id,
    familyId: card.familyId,
    childId: card.id,
    deleted: false,
    data: {
      kind: 'link',
      title: { ru: 'Аккаунт ребёнка привязан', en: "Child's account linked" },
      body: {
        ru: `Аккаунт ${child.givenName} ${child.surname} привязан к карточке «${name}».`,
        en: `${child.givenName} ${child.surname}'s account is linked to the card “${name}”.`,
      },
      childId: card.id,
      subject: { collection: 'children', id: card.id },
      createdAt: now,
      readAt: null,
    },
  };
}
