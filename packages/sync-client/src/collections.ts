import {
  COLLECTIONS,
  COLLECTION_NAMES,
  documentSchema,
  isRefusedPush,
  jsonEqual,
  keepRefusedChange,
  mergeThreeWay,
  REFUSED_MARKER,
  REPLAYED_MARKER,
  serverOwnedFields,
  toRxJsonSchema,
  type CollectionDef,
  type CollectionDoc,
  type CollectionName,
} from '@rodnik/domain';
import type { MigrationStrategies, RxCollection, RxConflictHandler, WithDeleted } from 'rxdb';
import type { z } from 'zod';

/**
 * The family's collections as RxDB sees them: schemas derived from the
 * domain's zod definitions (never written twice), versioned, each with its
 * migration strategies and the domain's three-way merge as conflict handler.
 */

export const ChildDocument = documentSchema(COLLECTIONS.children);
export type ChildDoc = z.output<typeof ChildDocument>;
export const NotificationDocument = documentSchema(COLLECTIONS.notifications);
export type NotificationDoc = z.output<typeof NotificationDocument>;
export const DiaryDocument = documentSchema(COLLECTIONS.diary);
export type DiaryDoc = z.output<typeof DiaryDocument>;
export type DocumentDoc = CollectionDoc<'documents'>;
export type ApplicationDoc = CollectionDoc<'applications'>;
export type LinkDoc = CollectionDoc<'links'>;
export type MemberDoc = CollectionDoc<'members'>;
/** Any collection's document, where code handles every collection alike (replication). */
export type AnyDoc = Record<string, unknown> & { id: string };

/** Every collection typed from its domain definition: `db.links.findOne()` yields a `LinkDoc`. */
export type FamilyCollections = { [N in CollectionName]: RxCollection<CollectionDoc<N>> };

/**
 * Migration strategies per collection: one function per schema version above
 * 0 (`{ 1: (old) => new, … }`). The tests fail when a version moves
 * without its strategy.
 */
export const MIGRATIONS: Record<CollectionName, MigrationStrategies> = {
  // v1: soft deletion (`deletedAt`, docs/sync-rules.md).
  // v2: the optional residence address and relation to the child (absent on older cards).
  children: { 1: (old) => ({ deletedAt: null, ...old }), 2: (old) => old },
  // v1: pages (`bundleId`, `page`), the profile owner (`accountId`), a coded `rejection`.
  documents: {
    1: ({ rejectionReason: _dropped, ...old }) => ({
      accountId: null,
      bundleId: null,
      page: 1,
      rejection: null,
      ...old,
    }),
    // v2: the `guardianship` kind (a new enum value; the stored shape is unchanged).
    2: (old) => old,
  },
  // v1: consent and the server's check, info request and decision.
  applications: {
    1: (old) => ({
      receivedAt: null,
      processedSubmittedAt: null,
      issues: [],
      infoRequest: null,
      decision: null,
      ...old,
    }),
    // v2: a discarded draft is soft-deleted (`deletedAt`).
    2: (old) => ({ deletedAt: null, ...old }),
    // v3: the reply, the corrected resend, the conversation, payment and the decision's result.
    3: (old) => ({
      reply: '',
      correctsId: null,
      conversation: [],
      payment: null,
      ...old,
      decision:
        old.decision == null
          ? null
          : { result: null, correctable: null, document: null, ...old.decision },
    }),
    // v4: a doctor appointment's held slot (`appointment`).
    4: (old) => ({ appointment: null, ...old }),
  },
  // v1 added the server-owned `codeIssuedAt` and the parent-only `code`.
  links: { 1: (old) => old },
  // v1: the `record-deleted` kind (a new enum value; the stored shape is unchanged).
  notifications: { 1: (old) => old },
  // v1: the parent's passport and identity confirmation.
  members: {
    1: (old) => ({
      identitySubmittedAt: null,
      identity: { status: 'none', submittedAt: null, checkedAt: null, issues: [] },
      ...old,
    }),
    // v2: the server-owned notification choices (null: the defaults).
    2: (old) => ({ notify: null, ...old }),
  },
  // v0: the electronic diary (issue 13).
  diary: {},
};

/** A collection's RxDB schema; `addCollections` takes it for any of the family's collections. */
export function rxSchemaOf(name: CollectionName) {
  const def: CollectionDef = COLLECTIONS[name];
  return toRxJsonSchema(documentSchema(def), {
    title: name,
    version: def.version,
    primaryKey: 'id',
  });
}

/**
 * RxDB's local bookkeeping, and the server's replay marker (wire-only, but
 * RxDB keeps a conflict's master, marker and all, as the state it assumes):
 * neither travels to the server nor takes part in a comparison.
 */
const RXDB_INTERNALS = ['_meta', '_rev', '_attachments', REPLAYED_MARKER, REFUSED_MARKER] as const;

export function stripInternals<T extends object>(doc: T): T {
  const copy = { ...doc };
  for (const key of RXDB_INTERNALS) Reflect.deleteProperty(copy, key);
  return copy;
}

/**
 * A collection's conflict handler. `isEqual` compares the whole replicated
 * state (server-owned fields and `serverSeq` included), or RxDB would skip
 * writing a pulled status into the local document. `resolve` is the domain's
 * three-way merge with the server-owned fields taken from the server, except
 * for a refused push (`isRefusedPush`): the master wins and the refused
 * values stay beside their fields as conflicts with a reason
 * (`keepRefusedChange`). That result differs from the master in `conflicts`
 * alone, which the server always accepts, so a refusal cannot come back. A
 * master marked replayed is taken whole.
 */
export function conflictHandlerFor<T extends AnyDoc>(
  name: CollectionName,
  stamp: () => string = () => new Date().toISOString(),
): RxConflictHandler<T> {
  const def = COLLECTIONS[name];
  const ignore = [...serverOwnedFields(def), 'serverSeq', 'familyId'];
  const keepsConflicts = 'conflicts' in def.client.shape;
  return {
    isEqual: (a, b) => jsonEqual(stripInternals(a), stripInternals(b)),
    resolve: (input) => {
      // The server said no (a rule, not another device): its state wins, or the refused
      // change would be merged back in and sent again forever; the change is kept beside it.
      const master = input.realMasterState as Record<string, unknown>;
      // This write already landed and someone who saw it wrote after it (a replay): merging
      // it in again would undo their write (docs/sync-rules.md, "Replays").
      if (master[REPLAYED_MARKER] === true) {
        const { [REPLAYED_MARKER]: _marker, ...current } = master;
        return Promise.resolve(current as WithDeleted<T>);
      }
      const assumed = input.assumedMasterState as Record<string, unknown> | undefined;
      if (isRefusedPush(def, assumed, master)) {
        const kept = keepRefusedChange({
          def,
          assumed,
          local: input.newDocumentState as Record<string, unknown>,
          master,
          at: stamp(),
        });
        return Promise.resolve(kept as WithDeleted<T>);
      }
      const { merged } = mergeThreeWay<Record<string, unknown>>({
        base: input.assumedMasterState as Record<string, unknown> | undefined,
        local: input.newDocumentState as Record<string, unknown>,
        remote: input.realMasterState as Record<string, unknown>,
        ignore,
        at: stamp(),
      });
      if (!keepsConflicts) delete merged['conflicts'];
      return Promise.resolve(merged as WithDeleted<T>);
    },
  };
}

export function collectionCreators() {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      {
        schema: rxSchemaOf(name),
        migrationStrategies: MIGRATIONS[name],
        conflictHandler: conflictHandlerFor(name),
      },
    ]),
  );
}
