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
import { liveCodeFor } from '../family/link-codes.ts';
import { hidePassportOfOthers } from '../identity/member-push.ts';

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

/** Collections whose pulled documents depend on who reads them (passports, linking codes). */
const REWRITTEN_ON_PULL: ReadonlySet<CollectionName> = new Set(['members', 'links']);

/** A response whose body is already the JSON text of a `T` (the route's declared shape). */
function encodedJson<T>(response: Response): TypedResponse<JSONParsed<T>, 200, 'json'> {
  return response as unknown as TypedResponse<JSONParsed<T>, 200, 'json'>;
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
 * another parent's passport hidden; the linking code, never stored, derived
 * for a parent of the family and never for a child.
 */
async function readerViews(
  deps: Deps,
  actor: Actor,
  docs: readonly StoredDoc[],
): Promise<WireDocument[]> {
  const documents: WireDocument[] = [];
  for (const doc of docs) {
    let wire = toWire(doc);
    if (doc.collection === 'members') wire = hidePassportOfOthers(actor, doc, wire);
    if (doc.collection === 'links' && actor.role === 'parent') {
      const code = await liveCodeFor(deps.store, deps.secret, doc);
      if (code) wire = { ...wire, code };
    }
    documents.push(wire);
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
      if (!REWRITTEN_ON_PULL.has(collection)) {
        // Nothing depends on the reader: the stored JSON goes out unparsed.
        const docs = await deps.store.pullDocsJson(collection, readScope(actor), after, limit);
        const seq = docs.at(-1)?.seq ?? after;
        return encodedJson<PullResponse>(
          c.body(pullPageBytes(docs, seq), 200, { 'content-type': 'application/json' }),
        );
      }
      const docs = await deps.store.pullDocs(collection, readScope(actor), after, limit);
      const last = docs.at(-1);
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
