import { createRoute } from '@hono/zod-openapi';
import {
  ApplicationStatus,
  Correctable,
  DocumentKind,
  fieldError,
  isIsoDate,
  parseDateRu,
  serviceById,
  uuidv7,
  WireDocument,
  type FieldError,
} from '@rodnik/domain';
import { z } from 'zod';
import { applicationDocuments } from '../applications/application-documents.ts';
import { releaseOnRefusal } from '../schedule/hold-slot.ts';
import { moveApplication, SENT_KEY } from '../applications/move-status.ts';
import { senderOf } from '../applications/sender.ts';
import { isIdentityConfirmed } from '../identity/members.ts';
import type { Deps } from '../deps.ts';
import { ApiFailure, badInput, notFound } from '../http/api-failure.ts';
import { requireOperator } from '../http/family-only.ts';
import { errorResponses, jsonBody, jsonResponse, openApiApp } from '../http/openapi.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { keyPageCursor, type StoredDoc } from '../store/store.ts';
import { toWire } from '../sync/wire.ts';
import { approvalFollowUps, issuedDocument } from './decision-result.ts';
import { addOperatorStream } from './operator-stream.ts';

/** Where a list page ended: opaque to clients (base64url of `{ value, id }`). */
const Cursor = z.object({ value: z.string().max(40), id: z.string().min(1).max(64) });
type Cursor = z.infer<typeof Cursor>;
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

const ListQuery = z.object({
  status: ApplicationStatus.optional(),
  serviceId: z.string().min(1).max(80).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  after: z
    .string()
    .max(200)
    .transform((text, ctx) => {
      try {
        return Cursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
      } catch {
        ctx.issues.push({ code: 'custom', message: 'invalid-value', input: text });
        return z.NEVER;
      }
    })
    .optional(),
});
const IdParam = z.object({ id: z.string().min(1).max(64) });

const ChildSummary = z
  .object({
    surname: z.string(),
    givenName: z.string(),
    patronymic: z.string().optional(),
    birthDate: z.string(),
  })
  .nullable();
const ChildDetails = z
  .object({
    surname: z.string(),
    givenName: z.string(),
    patronymic: z.string().optional(),
    birthDate: z.string(),
    birthCertificate: z.record(z.string(), z.unknown()).nullable(),
  })
  .nullable();
const ListItem = z.object({
  id: z.string(),
  requestNumber: z.string().nullable(),
  serviceId: z.string(),
  status: ApplicationStatus,
  receivedAt: z.string().nullable(),
  expectedDecisionDate: z.string().nullable(),
  child: ChildSummary,
});
const ListResponse = z.object({
  applications: z.array(ListItem),
  /** The `after` of the next page; null on the last one. */
  next: z.string().nullable(),
});
/** Who sent it: the applying parent's name and whether their account is confirmed. */
const Applicant = z
  .object({
    surname: z.string(),
    givenName: z.string(),
    patronymic: z.string().nullable(),
    confirmed: z.boolean(),
  })
  .nullable();
const DetailResponse = z.object({
  application: WireDocument,
  child: ChildDetails,
  applicant: Applicant,
  documents: z.array(WireDocument),
});
const DecisionResponse = z.object({ application: WireDocument });

const Text = z.string().trim().min(1, { error: 'required' }).max(2000, { error: 'too-long' });
const Optional = (max: number) => z.string().trim().max(max, { error: 'too-long' }).optional();
/** A date as the desk types it (ДД.ММ.ГГГГ) or ISO; stored ISO. */
const DateInput = z
  .string()
  .trim()
  .max(10)
  .transform((text, ctx) => {
    if (text === '') return null;
    const iso = isIsoDate(text) ? text : parseDateRu(text);
    if (iso === undefined) {
      ctx.issues.push({ code: 'custom', message: 'date-format', input: text });
      return z.NEVER;
    }
    return iso;
  })
  .optional();
/** What happens next, as the operator writes it on approval; every part optional. */
const ResultBody = z.object({
  place: Optional(300),
  startDate: DateInput,
  referral: Optional(300),
  bring: Optional(1000),
  byDate: DateInput,
  documentNumber: Optional(60),
  amountRub: z.number().min(0).max(10_000_000).optional(),
});
const DecisionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), result: ResultBody.optional() }),
  z.object({ action: z.literal('reject'), reason: Text, correctable: Correctable.optional() }),
  z.object({
    action: z.literal('request-info'),
    question: Text,
    fields: z.array(z.string().max(80)).max(100).default([]),
    documentKinds: z.array(DocumentKind).max(20).default([]),
  }),
]);

const base = { tags: ['operator'], security: [{ bearer: [] }] };
const forbiddenResponse = {
  403: jsonResponse(z.object({ error: z.object({ code: z.string() }) }), 'Not an operator'),
};
const listRoute = createRoute({
  ...base,
  method: 'get',
  path: '/applications',
  summary:
    "Sent applications of every family, newest arrival first, a page at a time (`limit`, then `after` = the last page's `next`); drafts never",
  request: { query: ListQuery },
  responses: {
    200: jsonResponse(ListResponse, 'Applications'),
    ...forbiddenResponse,
    ...errorResponses,
  },
});
const detailRoute = createRoute({
  ...base,
  method: 'get',
  path: '/applications/{id}',
  summary: "An application with its child's card and its documents",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(DetailResponse, 'The application'),
    404: jsonResponse(z.object({ error: z.object({ code: z.string() }) }), 'No such application'),
    ...forbiddenResponse,
    ...errorResponses,
  },
});
const decisionRoute = createRoute({
  ...base,
  method: 'post',
  path: '/applications/{id}/decision',
  summary: 'Approve, reject with a reason, or ask for more (only while in review)',
  request: { params: IdParam, body: jsonBody(DecisionBody) },
  responses: {
    200: jsonResponse(DecisionResponse, 'The decided application'),
    404: jsonResponse(z.object({ error: z.object({ code: z.string() }) }), 'No such application'),
    409: jsonResponse(z.object({ error: z.object({ code: z.string() }) }), 'Not in review'),
    ...forbiddenResponse,
    ...errorResponses,
  },
});

/** The operator's desk: every family's sent applications, read and decided here only. */
export function operatorRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  app.use('*', requireSession(deps), requireOperator());
  addOperatorStream(app, deps);
  const newId = () => uuidv7(deps.clock.now().getTime(), deps.randomBytes(10));

  async function sentApplication(id: string): Promise<StoredDoc> {
    const doc = await deps.store.getDoc('applications', id);
    if (!doc || doc.deleted || doc.data.status === 'draft') throw notFound();
    return doc;
  }

  return app
    .openapi(listRoute, async (c) => {
      const query = c.req.valid('query');
      const equal: Record<string, string> = {};
      if (query.status) equal.status = query.status;
      if (query.serviceId) equal.serviceId = query.serviceId;
      // Filtered, ordered and paged by the database: the desk never loads every family's.
      const found = await deps.store.pageDocsByKey('applications', SENT_KEY, {
        equal,
        orderBy: 'receivedAt',
        after: query.after ?? null,
        limit: query.limit + 1,
      });
      const sent = found.slice(0, query.limit);
      const next =
        found.length > query.limit ? encodeCursor(keyPageCursor(sent.at(-1)!, 'receivedAt')) : null;
      const childIds = [...new Set(sent.map((doc) => doc.data.childId as string | null))];
      const cards = await deps.store.getDocs(
        'children',
        childIds.filter((id): id is string => typeof id === 'string'),
      );
      const byId = new Map(cards.map((card) => [card.id, card]));
      const applications = sent.map((doc) => ({
        id: doc.id,
        requestNumber: (doc.data.requestNumber as string | null) ?? null,
        serviceId: String(doc.data.serviceId),
        status: doc.data.status as ApplicationStatus,
        receivedAt: (doc.data.receivedAt as string | null) ?? null,
        expectedDecisionDate: (doc.data.expectedDecisionDate as string | null) ?? null,
        child: childSummary(byId.get(doc.data.childId as string), doc.familyId),
      }));
      return c.json({ applications, next }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const doc = await sentApplication(c.req.valid('param').id);
      const childId = doc.data.childId as string | null;
      const card = childId ? await deps.store.getDoc('children', childId) : null;
      const summary = childSummary(card ?? undefined, doc.familyId);
      const child = summary
        ? {
            ...summary,
            birthCertificate:
              (card!.data.birthCertificate as Record<string, unknown> | undefined) ?? null,
          }
        : null;
      const senderId = await senderOf(deps.store, doc);
      const documents = await applicationDocuments(deps.store, doc, senderId);
      const applicant = senderId ? await applicantOf(deps, senderId, doc.familyId) : null;
      return c.json(
        { application: toWire(doc), child, applicant, documents: documents.map(toWire) },
        200,
      );
    })
    .openapi(decisionRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const decided = await deps.store.transaction(async (tx) => {
        const doc = await tx.getDoc('applications', id);
        if (!doc || doc.deleted || doc.data.status === 'draft') throw notFound();
        if (doc.data.status !== 'in_review') {
          throw new ApiFailure(409, 'illegal-transition', { status: String(doc.data.status) });
        }
        const now = deps.clock.now().toISOString();
        const notificationId = newId();
        const conversation = (doc.data.conversation as unknown[] | undefined) ?? [];
        if (body.action === 'request-info') {
          checkRequestedFields(String(doc.data.serviceId), body.fields, body.documentKinds);
          return moveApplication(tx, doc, 'needs_info', {
            by: 'server',
            now,
            notificationId,
            extra: {
              issues: [],
              // The question stays in the history after the family resends.
              conversation: [...conversation, { by: 'operator', text: body.question, at: now }],
              infoRequest: {
                question: body.question,
                fields: body.fields,
                documentKinds: body.documentKinds,
                askedAt: now,
              },
            },
          });
        }
        const service = serviceById(String(doc.data.serviceId));
        if (body.action === 'reject') {
          if (body.correctable) {
            checkCorrectable(String(doc.data.serviceId), body.correctable);
          }
          return moveApplication(tx, doc, 'rejected', {
            by: 'server',
            now,
            notificationId,
            extra: {
              // A refused doctor's appointment frees its slot (schedule/hold-slot.ts).
              ...(await releaseOnRefusal(tx, doc, deps.clock.now())),
              decision: {
                outcome: 'rejected',
                reason: body.reason,
                decidedAt: now,
                result: null,
                correctable: body.correctable ?? null,
                document: null,
              },
            },
          });
        }
        const result = {
          place: body.result?.place || null,
          startDate: body.result?.startDate ?? null,
          referral: body.result?.referral || null,
          bring: body.result?.bring || null,
          byDate: body.result?.byDate ?? null,
          documentNumber: body.result?.documentNumber || null,
          amountRub: body.result?.amountRub ?? null,
        };
        const card = doc.childId ? await tx.getDoc('children', doc.childId) : null;
        const document =
          service?.issuesDocument === undefined
            ? null
            : issuedDocument(service, doc, card, result, now);
        const moved = await moveApplication(tx, doc, 'approved', {
          by: 'server',
          now,
          notificationId,
          extra: {
            decision: {
              outcome: 'approved',
              reason: null,
              decidedAt: now,
              result,
              correctable: null,
              document,
            },
          },
        });
        if (service) await approvalFollowUps(tx, service, moved, result, now);
        return moved;
      });
      return c.json({ application: toWire(decided) }, 200);
    });
}

/** A question names answer fields of this service's own form, or document kinds; at least one. */
function checkRequestedFields(serviceId: string, fields: string[], kinds: string[]): void {
  const known = new Set(serviceById(serviceId)?.form.map((field) => field.id) ?? []);
  const errors: FieldError[] = [];
  fields.forEach((field, index) => {
    if (!known.has(field)) errors.push(fieldError(`fields.${index}`, 'invalid-value'));
  });
  if (fields.length === 0 && kinds.length === 0) errors.push(fieldError('fields', 'required'));
  if (errors.length > 0) throw badInput(errors);
}

/** A refusal names fields of this service's form or document kinds it may ask; at least one. */
function checkCorrectable(serviceId: string, correctable: Correctable): void {
  const service = serviceById(serviceId);
  if (!service?.correctableRefusal) throw badInput([fieldError('correctable', 'invalid-value')]);
  const known = new Set(service.form.map((field) => field.id));
  const errors: FieldError[] = [];
  correctable.fields.forEach((field, index) => {
    if (!known.has(field)) errors.push(fieldError(`correctable.fields.${index}`, 'invalid-value'));
  });
  if (correctable.fields.length === 0 && correctable.documentKinds.length === 0) {
    errors.push(fieldError('correctable.fields', 'required'));
  }
  if (errors.length > 0) throw badInput(errors);
}

async function applicantOf(deps: Deps, accountId: string, familyId: string) {
  const account = await deps.store.getAccount(accountId);
  if (!account || account.familyId !== familyId) return null;
  return {
    surname: account.surname,
    givenName: account.givenName,
    patronymic: account.patronymic,
    confirmed: await isIdentityConfirmed(deps.store, accountId),
  };
}

function childSummary(card: StoredDoc | undefined, familyId: string) {
  if (!card || card.deleted || card.familyId !== familyId) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const patronymic = text(card.data.patronymic);
  return {
    surname: text(card.data.surname),
    givenName: text(card.data.givenName),
    ...(patronymic ? { patronymic } : {}),
    birthDate: text(card.data.birthDate),
  };
}
