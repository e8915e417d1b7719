import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { API_BASE, MAX_FILE_BYTES, fieldError, sizeParams, uuidv7 } from '@rodnik/domain';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { Metadata, type Upload } from '@tus/utils';
import type { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { keyLock } from '../blobs/key-lock.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { refuseOperators } from '../http/family-only.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import type { Actor } from '../sync/actor.ts';
import { scanDecoder } from './decode-scan.ts';
import { mayAttach } from './document-access.ts';
import { withGracefulBody } from './graceful-body.ts';
import { settleUpload, type SettleOutcome } from './settle-upload.ts';
import { inErrorShape, requireTusRequest, TUS_EXTENSIONS } from './tus-protocol.ts';

export const UPLOADS_PATH = `${API_BASE}/uploads`;
/** An upload nobody finished in a day is dropped; the device starts it again. */
export const UPLOAD_EXPIRY_MS = 24 * 3_600_000;

/** The request headers a browser may send to the tus endpoint, and the ones it may read. */
export const TUS_ALLOW_HEADERS = [
  'tus-resumable',
  'upload-length',
  'upload-metadata',
  'upload-offset',
  'content-type',
  'authorization',
];
export const TUS_EXPOSE_HEADERS = ['location', 'upload-offset', 'upload-length', 'tus-resumable'];

/** The staging area of unfinished uploads (`DATA_DIR/uploads`), with expiry. */
/**
 * FileStore makes its directory with an async `fs.mkdir` whose callback throws:
 * an uncatchable crash if the directory's parent goes away first (tests remove
 * theirs while the thread pool is still busy hashing passwords). Made
 * synchronously here instead, where a failure is an ordinary exception.
 */
class StagingStore extends FileStore {}
// The method is private in FileStore's types, so it is replaced by name, not overridden.
Object.defineProperty(StagingStore.prototype, 'checkOrCreateDirectory', {
  value: function checkOrCreateDirectory(this: FileStore) {
    mkdirSync(this.directory, { recursive: true });
  },
});

export function uploadStaging(dataDir: string): FileStore {
  const store = new StagingStore({
    directory: join(dataDir, 'uploads'),
    expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS,
  });
  // OPTIONS advertises the store's extensions: only those that work here.
  store.extensions = [...TUS_EXTENSIONS];
  return store;
}

/** What the route learned about a request before tus sees it (keyed by the request object). */
interface RequestFacts {
  actor: Actor;
  documentId?: string;
  finishedUploadId?: string;
  outcome?: SettleOutcome;
}

/**
 * The tus endpoint (`@tus/server` behind Hono). Every request but a CORS
 * preflight needs the bearer session; creation names a `documents` record the
 * uploader may attach to, and the server keeps who uploads in the upload's own
 * metadata, so nobody else can probe or continue it. A finished upload is
 * checked and settled before the last PATCH is answered.
 */
export function uploadRoutes(deps: Deps) {
  const staging = deps.uploadStaging;
  const staged = stagedUploads(deps);
  const facts = new WeakMap<Request, RequestFacts>();
  const origins = deps.config.CORS_ORIGINS;

  const tus = new Server({
    path: UPLOADS_PATH,
    datastore: staging,
    maxSize: MAX_FILE_BYTES,
    relativeLocation: true,
    respectForwardedHeaders: false,
    allowedOrigins: (origin) => origins.includes(origin),
    allowedHeaders: ['authorization'],
    exposedHeaders: [],
    // Unguessable: the id is the only thing in the upload's URL.
    namingFunction: () => Buffer.from(deps.randomBytes(24)).toString('base64url'),
    async onUploadCreate(req, upload) {
      const known = facts.get(req);
      if (!known?.documentId) throw { status_code: 500, body: 'no document\n' };
      await markUploading(deps, known.documentId);
      return {
        metadata: {
          documentId: known.documentId,
          filename: String(upload.metadata?.filename ?? '').slice(0, 255),
          familyId: known.actor.familyId,
          accountId: known.actor.accountId,
          // The sweeper's clock, not tus's own `creation_date` (always the wall clock).
          createdAt: deps.clock.now().toISOString(),
        },
      };
    },
    async onUploadFinish(req, upload) {
      const known = facts.get(req);
      if (!known) return {};
      try {
        known.outcome = await staged.settle(upload, known.actor);
      } catch (error) {
        // The bytes stay staged; the device retries, its HEAD settles them (or the sweeper does).
        deps.logger.error({ err: { name: (error as Error).name } }, 'settling an upload failed');
        throw { status_code: 503, body: 'The scan could not be checked yet; try again.\n' };
      }
      known.finishedUploadId = upload.id;
      return {};
    },
  });
  const respond = async (request: Request) => inErrorShape(await tus.handleWeb(request));
  // A final PATCH and a DELETE of the same upload never overlap: one truth for the record.
  const uploadLocks = keyLock();
  const settled = settledUploads();
  /** The PATCH holding each upload's lock, so a newer request can end one whose sender is gone. */
  const inFlight = new Map<string, IncomingMessage>();

  const app = new Hono<AuthedEnv & { Bindings: Partial<HttpBindings> }>();
  // A preflight carries no credentials; tus answers it with its allowed headers.
  app.options('*', (c) => tus.handleWeb(c.req.raw));
  app.use('*', requireSession(deps));
  // Uploads are the family's, like replication: an operator is refused (403), not "not found".
  app.use('*', refuseOperators());
  app.all('*', async (c) => {
    const request = withGracefulBody(c.req.raw, c.env?.incoming);
    // Hono routes HEAD like GET, so tell them apart here; staged bytes are never served.
    if (!['POST', 'HEAD', 'PATCH', 'DELETE'].includes(request.method)) {
      throw new ApiFailure(404, 'not-found');
    }
    requireTusRequest(request);
    const actor = c.get('actor');
    const known: RequestFacts = { actor };
    if (request.method === 'POST') {
      known.documentId = await checkCreation(deps, actor, request.headers);
      facts.set(request, known);
      return respond(request);
    }
    const id = uploadIdOf(c.req.path);
    if (request.method === 'HEAD') {
      const upload = await requireOwnUpload(staging, actor, id);
      // All bytes arrived but the last answer was lost before it was settled: settle it now.
      if (isComplete(upload)) {
        settled.remember(upload.id, actor, await staged.settle(upload, actor));
        await staged.drop(upload.id);
        throw new ApiFailure(404, 'upload-not-found');
      }
      facts.set(request, known);
      return respond(request);
    }
    // Like tus's own locker: a newer PATCH or a DELETE ends a PATCH still receiving bytes
    // (its device has gone, or gave up); one that has all its bytes is waited for.
    const holder = inFlight.get(id);
    if (holder && !holder.complete) holder.destroy();
    return uploadLocks.run(`upload:${id}`, async () => {
      if (request.method === 'DELETE') return terminate(request, actor, id);
      await requireOwnUpload(staging, actor, id);
      facts.set(request, known);
      const incoming = c.env?.incoming;
      if (incoming) inFlight.set(id, incoming);
      try {
        const response = await respond(request);
        // tus reads the finished file after the hook returns; drop the staging copy only now.
        if (known.finishedUploadId) {
          settled.remember(known.finishedUploadId, actor, known.outcome ?? 'ignored');
          await staged.drop(known.finishedUploadId);
        }
        return response;
      } finally {
        if (incoming && inFlight.get(id) === incoming) inFlight.delete(id);
      }
    });
  });

  /**
   * tus termination. An upload whose bytes all arrived is settled, not
   * terminated: its verdict stands and the DELETE answers 409. Otherwise the
   * staged bytes go and the record returns to `queued`, to be uploaded again.
   */
  async function terminate(request: Request, actor: Actor, id: string): Promise<Response> {
    const upload = await findOwnUpload(staging, actor, id);
    if (!upload) {
      const verdict = settled.verdictOf(id, actor);
      if (verdict) throw new ApiFailure(409, 'conflict', { status: verdict });
      throw new ApiFailure(404, 'upload-not-found');
    }
    if (isComplete(upload)) {
      const outcome = await staged.settle(upload, actor);
      settled.remember(upload.id, actor, outcome);
      // Settled now, or already (by a HEAD meanwhile): the verdict stands.
      const status = outcome === 'ignored' ? await settledStatus(deps, upload) : outcome;
      if (status) {
        await staged.drop(upload.id);
        throw new ApiFailure(409, 'conflict', { status });
      }
    }
    const response = await respond(request);
    const documentId = upload.metadata?.documentId;
    if (response.status === 204 && documentId) await returnToQueued(deps, documentId);
    return response;
  }
  return app;
}

/** The record's verdict when it has one (`accepted` or `rejected`), else null. */
async function settledStatus(deps: Deps, upload: Upload): Promise<string | null> {
  const documentId = upload.metadata?.documentId;
  const doc = documentId ? await deps.store.getDoc('documents', documentId) : null;
  const status = doc && !doc.deleted ? String(doc.data.status) : null;
  return status === 'accepted' || status === 'rejected' ? status : null;
}

function isComplete(upload: Upload): boolean {
  return upload.size !== undefined && upload.offset === upload.size;
}

/**
 * The verdicts of uploads settled lately, so a DELETE arriving after the last
 * PATCH (its staged file already gone) learns the scan was settled. Per
 * instance and bounded: older ones are "no such upload".
 */
function settledUploads(limit = 1_000) {
  const verdicts = new Map<string, { accountId: string; outcome: SettleOutcome }>();
  return {
    remember(id: string, actor: Actor, outcome: SettleOutcome): void {
      if (outcome === 'ignored') return;
      verdicts.set(id, { accountId: actor.accountId, outcome });
      if (verdicts.size > limit) verdicts.delete(verdicts.keys().next().value!);
    },
    verdictOf(id: string, actor: Actor): SettleOutcome | null {
      const verdict = verdicts.get(id);
      return verdict?.accountId === actor.accountId ? verdict.outcome : null;
    },
  };
}

/** Settling and dropping staged uploads, for the route and the staging sweeper. */
export function stagedUploads(deps: Deps) {
  const settleDeps = {
    ...deps,
    newId: () => uuidv7(deps.clock.now().getTime(), deps.randomBytes(10)),
    kickJobs: () => deps.kickVerification(),
    decodeScan: scanDecoder(),
  };
  return {
    async settle(upload: Upload, actor: Actor): Promise<SettleOutcome> {
      const documentId = upload.metadata?.documentId;
      if (!documentId) return 'ignored';
      return settleUpload(settleDeps, { documentId, path: stagedPath(upload), actor });
    },
    drop: (id: string) => dropStaged(deps.uploadStaging, id),
  };
}

/** The staged file of an upload (the file store keeps it under the upload's id). */
function stagedPath(upload: Upload): string {
  const path = upload.storage?.path;
  if (!path) throw new Error('upload has no staged file');
  return path;
}

async function dropStaged(staging: FileStore, id: string): Promise<void> {
  await staging.remove(id).catch(async () => {
    // Already half gone: make sure neither the bytes nor the info file stay.
    const base = join(staging.directory, id);
    await rm(base, { force: true });
    await rm(`${base}.json`, { force: true });
  });
}

/** The upload id of a request path (`/api/v1/uploads/<id>`); anything else is "no such upload". */
function uploadIdOf(path: string): string {
  const id = path.slice(UPLOADS_PATH.length + 1);
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(id)) throw new ApiFailure(404, 'upload-not-found');
  return id;
}

/** One's own staged upload, or null: nobody else's is ever found. */
async function findOwnUpload(staging: FileStore, actor: Actor, id: string): Promise<Upload | null> {
  const upload = await staging.getUpload(id).catch(() => null);
  const own =
    upload?.metadata?.accountId === actor.accountId && upload.metadata.familyId === actor.familyId;
  return own ? upload : null;
}

/** HEAD, PATCH and DELETE only on one's own upload; anything else is "no such upload". */
async function requireOwnUpload(staging: FileStore, actor: Actor, id: string): Promise<Upload> {
  const upload = await findOwnUpload(staging, actor, id);
  if (!upload) throw new ApiFailure(404, 'upload-not-found');
  return upload;
}

/**
 * The creation contract: `Upload-Length` is the record's declared size and
 * `Upload-Metadata` names the `documents` record (`documentId`) and `filename`.
 * Returns the record's id when the upload may start.
 */
async function checkCreation(deps: Deps, actor: Actor, headers: Headers): Promise<string> {
  if (headers.has('upload-concat') || headers.has('upload-defer-length')) {
    throw new ApiFailure(400, 'bad-request');
  }
  const length = headers.get('upload-length') ?? '';
  if (!/^\d{1,12}$/.test(length)) {
    throw new ApiFailure(400, 'validation-failed', {}, [fieldError('Upload-Length', 'required')]);
  }
  const size = Number(length);
  if (size > MAX_FILE_BYTES)
    throw new ApiFailure(413, 'file-too-large', sizeParams(MAX_FILE_BYTES));
  let metadata: Record<string, string | null>;
  try {
    metadata = Metadata.parse(headers.get('upload-metadata') ?? undefined);
  } catch {
    throw new ApiFailure(400, 'validation-failed', {}, [fieldError('Upload-Metadata', 'required')]);
  }
  const documentId = metadata.documentId;
  if (!documentId || documentId.length > 64) {
    throw new ApiFailure(400, 'validation-failed', {}, [fieldError('documentId', 'required')]);
  }
  const doc = await deps.store.getDoc('documents', documentId);
  // Not pushed yet, another family's, or not the actor's to attach to: the device retries later.
  if (!doc || !(await mayAttach(deps.store, actor, doc))) throw new ApiFailure(404, 'not-found');
  if (doc.data.status === 'accepted' || doc.data.status === 'rejected') {
    throw new ApiFailure(409, 'conflict', { status: String(doc.data.status) });
  }
  if (doc.data.size !== size) throw new ApiFailure(400, 'file-size-mismatch');
  return documentId;
}

/** The record's server-owned status says bytes are on their way (one write, replicated). */
async function markUploading(deps: Deps, documentId: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const doc = await tx.getDoc('documents', documentId);
    if (!doc || doc.deleted || doc.data.status !== 'queued') return;
    await tx.putDoc({ ...doc, data: { ...doc.data, status: 'uploading' } });
  });
}

/** A terminated upload's record goes back to `queued`: the device sends the bytes again. */
async function returnToQueued(deps: Deps, documentId: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const doc = await tx.getDoc('documents', documentId);
    if (!doc || doc.deleted || doc.data.status !== 'uploading') return;
    await tx.putDoc({ ...doc, data: { ...doc.data, status: 'queued' } });
  });
}
