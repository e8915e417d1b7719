import { createRoute } from '@hono/zod-openapi';
import {
  API_VERSION,
  CollectionName,
  PROTOCOL_HEADER,
  PullQuery,
  PullResponse,
  PushBody,
  PushResponse,
  uuidv7,
  type WireDocument,
} from '@rodnik/domain';
import type { MiddlewareHandler, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { ErrorBody, errorResponses, jsonBody, jsonResponse, openApiApp } from '../http/openapi.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { refuseOperators } from '../http/family-only.ts';
import { readScope, type Actor } from '../sync/actor.ts';
import { applyPush } from '../sync/apply-push.ts';
import { toWire, wireJsonParts } from '../sync/wire.ts';
import { familyScoped } from '../store/family-scope.ts';
import type { StoredDoc, StoredDocJson } from '../store/store.ts';
import { POLICIES } from '../sync/policies/index.ts';
import { typed } from '../sync/policy.ts';

const CollectionParam = z.object({
  collection: z.string().transform((value, ctx) => {
    const parsed = CollectionName.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.issues.push({ code: 'custom', message: 'unknown-collection', input: value });
    return z.NEVER;
  }),
});

const pullRoute = createRoute({
  method: 'get',
  path: '/{collection}/pull',
  tags: ['sync'],
  summary: 'Documents changed after a checkpoint, in server order',
  security: [{ bearer: [] }],
  request: { params: CollectionParam, query: PullQuery },
  responses: {
    200: jsonResponse(PullResponse, 'A page of documents and the next checkpoint'),
    ...errorResponses,
  },
});

const pushRoute = createRoute({
  method: 'post',
  path: '/{collection}/push',
  tags: ['sync'],
  summary: "Apply a device's changes; answers the master state of every conflicting row",
  security: [{ bearer: [] }],
  request: { params: CollectionParam, body: jsonBody(PushBody) },
  responses: {
    200: jsonResponse(PushResponse, 'Conflicting master states (empty when all applied)'),
    403: jsonResponse(ErrorBody, '`forbidden`: a row this account may not write'),
    ...errorResponses,
  },
});

/**
 * A response whose body is already the JSON text of a `T` (the route's declared shape).
 * `TypedResponse` is a type-only brand (Hono's own `c.json()` is declared the same way):
 * this declaration brands bytes the pull put together itself.
 */
function encodedJson<T>(response: Response): Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
function encodedJson(response: Response): Response {
  return response;
}

/** A pull answer's UTF-8 bytes, put together from the stored bytes of each document. */
function pullPageBytes(docs: StoredDocJson[], seq: number): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [Buffer.from('{"documents":[')];
  docs.forEach((doc, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(...wireJsonParts(doc));
  });
  parts.push(Buffer.from(`],"checkpoint":{"seq":${seq}}}`));
  // Buffer.concat allocates a plain ArrayBuffer, never a shared one.
  return Buffer.concat(parts) as Uint8Array<ArrayBuffer>;
}
const COMMA = Buffer.from(',');

/** An outdated client is told so (426) instead of writing a shape the server no longer reads. */
export function requireProtocol(): MiddlewareHandler {
  return async (c, next) => {
    const sent = c.req.header(PROTOCOL_HEADER);
    if (sent !== undefined && sent !== String(API_VERSION)) {
      throw new ApiFailure(426, 'upgrade-required', { version: API_VERSION });
    }
    await next();
  };
}

/**
 * Documents as this reader sees them, on pull and in a push's conflicts alike:
 * each collection's policy `project`s them (another parent's passport hidden,
 * the linking code derived for a parent, a child's account shown only its own
 * child's notifications). A document the reader may not see is left out.
 */
async function readerViews(
  deps: Deps,
  actor: Actor,
  docs: readonly StoredDoc[],
): Promise<WireDocument[]> {
  const reader = { actor, store: deps.store, secret: deps.secret };
  const documents: WireDocument[] = [];
  for (const doc of docs) {
    const wire = await POLICIES[doc.collection].project(reader, typed(doc), toWire(doc));
    if (wire) documents.push(wire);
  }
  return documents;
}

export function replicationRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  app.use('*', requireProtocol(), requireSession(deps), refuseOperators());
  return app
    .openapi(pullRoute, async (c) => {
      const { collection } = c.req.valid('param');
      const { after, limit } = c.req.valid('query');
      const actor = c.get('actor');
      if (!POLICIES[collection].projects(actor)) {
        // Nothing depends on the reader: the stored JSON goes out unparsed.
        const docs = await deps.store.pullDocsJson(collection, readScope(actor), after, limit);
        const seq = docs.at(-1)?.seq ?? after;
        return encodedJson<PullResponse>(
          c.body(pullPageBytes(docs, seq), 200, { 'content-type': 'application/json' }),
        );
      }
      const docs = await deps.store.pullDocs(collection, readScope(actor), after, limit);
      const last = docs.at(-1);
      // The checkpoint passes the documents left out too: the reader never asks for them again.
      const documents = await readerViews(deps, actor, docs);
      return c.json({ documents, checkpoint: { seq: last ? last.seq : after } }, 200);
    })
    .openapi(pushRoute, async (c) => {
      const { collection } = c.req.valid('param');
      const rows = c.req.valid('json');
      const { conflicts, jobsQueued, arrivalQueued } = await applyPush(
        {
          // A push writes only its own family: on PostgreSQL it waits for no other family.
          store: familyScoped(deps.store, c.get('actor').familyId),
          actor: c.get('actor'),
          now: deps.clock.now(),
          secret: deps.secret,
          newId: () => uuidv7(deps.clock.now().getTime(), deps.randomBytes(10)),
          recordQuotas: deps.config.RECORD_QUOTAS,
        },
        collection,
        rows,
      );
      if (jobsQueued) deps.kickVerification();
      if (arrivalQueued) deps.kickApplications();
      // A conflict answers the master as a pull would show it to this reader.
      return c.json(await readerViews(deps, c.get('actor'), conflicts), 200);
    });
}
