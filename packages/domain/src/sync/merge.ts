import {
  CONFLICTS_FIELD,
  conflictsOf,
  mergeConflictLists,
  type FieldConflict,
  type WithConflicts,
} from './field-conflicts.ts';
import { isPlainObject, jsonEqual, own, put, type JsonObject } from './json.ts';

export * from './field-conflicts.ts';
export { canonicalJson, getField, isPlainObject, jsonEqual, setField } from './json.ts';

type Json = unknown;

/**
 * Fields that always come from the server's master state: RxDB's own
 * bookkeeping and the server's sequence number.
 */
export const REMOTE_OWNED_FIELDS: readonly string[] = [
  '_rev',
  '_meta',
  '_attachments',
  'serverSeq',
];

export interface MergeInput<T extends JsonObject> {
  /** The master state the device last saw; undefined when both sides created the document. */
  base?: T | undefined;
  /** The device's new state. */
  local: T;
  /** The server's current master state. */
  remote: T;
  /** More top-level fields taken from `remote` untouched (server-owned fields). */
  ignore?: readonly string[];
  /** Stamp for new conflicts; injected so the merge stays deterministic. */
  at?: string;
}

export interface MergeResult<T extends JsonObject> {
  merged: WithConflicts<T>;
  /** Conflicts found by this merge; `merged.conflicts` holds these and the carried-over ones. */
  conflicts: FieldConflict[];
}

/** Keys in a stable order: the first list's, then new ones from the next lists. */
function unionKeys(...lists: Iterable<string>[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const key of list) seen.add(key);
  return [...seen];
}

function conflict(
  field: string,
  base: Json,
  local: Json,
  remote: Json,
  at: string | undefined,
): FieldConflict {
  // Absent sides stay absent so the record survives a JSON round trip unchanged.
  return {
    field,
    ...(local !== undefined && { localValue: local }),
    ...(remote !== undefined && { remoteValue: remote }),
    ...(base !== undefined && { baseValue: base }),
    ...(at !== undefined && { at }),
  } as FieldConflict;
}

function mergeObjects(
  base: JsonObject,
  local: JsonObject,
  remote: JsonObject,
  path: string,
  skip: ReadonlySet<string>,
  at: string | undefined,
  found: FieldConflict[],
): JsonObject {
  const out: JsonObject = {};
  for (const key of unionKeys(Object.keys(remote), Object.keys(local), Object.keys(base))) {
    if (skip.has(key)) continue;
    const value = mergeValue(
      own(base, key),
      own(local, key),
      own(remote, key),
      path === '' ? key : `${path}.${key}`,
      at,
      found,
    );
    if (value !== undefined) put(out, key, value);
  }
  return out;
}

function mergeValue(
  base: Json,
  local: Json,
  remote: Json,
  path: string,
  at: string | undefined,
  found: FieldConflict[],
): Json {
  if (jsonEqual(local, remote)) return remote;
  if (jsonEqual(local, base)) return remote;
  if (jsonEqual(remote, base)) return local;
  // Both changed: go field by field inside plain objects, so edits to different
  // parts of an address do not collide. Arrays and primitives are atomic.
  if (isPlainObject(local) && isPlainObject(remote)) {
    const b = isPlainObject(base) ? base : {};
    return mergeObjects(b, local, remote, path, new Set(), at, found);
  }
  found.push(conflict(path, base, local, remote, at));
  return remote;
}

/**
 * Three-way, field-level merge of a device's edit with the server's master
 * state (DESIGN §2). Pure and deterministic, for the server's push handler
 * and the client's RxDB conflict handler alike.
 *
 * - A field changed on one side only takes that side's value.
 * - A field changed on both sides to different values takes the server's
 *   value and records a {@link FieldConflict} holding the device's value,
 *   so no edit is ever silently dropped. Plain objects are merged key by key;
 *   arrays and primitives are compared whole.
 * - `REMOTE_OWNED_FIELDS` and `ignore` come from `remote` untouched.
 * - `conflicts` is merged as a set keyed by `conflictKey` (field, losing value,
 *   time), so a third device's losing value never replaces a second's; see
 *   `mergeConflictLists`. It is only written when non-empty or already present.
 */
export function mergeThreeWay<T extends JsonObject>(input: MergeInput<T>): MergeResult<T> {
  const { local, remote, at } = input;
  const base: JsonObject = input.base ?? {};
  const skip = new Set([...REMOTE_OWNED_FIELDS, ...(input.ignore ?? []), CONFLICTS_FIELD]);
  const found: FieldConflict[] = [];
  const merged = mergeObjects(base, local, remote, '', skip, at, found);

  for (const key of skip) {
    if (key === CONFLICTS_FIELD) continue;
    const value = own(remote, key);
    if (value !== undefined) merged[key] = value;
  }

  const conflicts = mergeConflictLists({
    base: conflictsOf(input.base),
    local: conflictsOf(local),
    remote: conflictsOf(remote),
    fresh: found,
    current: merged,
  });
  const hadConflicts =
    own(local, CONFLICTS_FIELD) !== undefined || own(remote, CONFLICTS_FIELD) !== undefined;
  if (conflicts.length > 0 || hadConflicts) merged[CONFLICTS_FIELD] = conflicts;

  return { merged: merged as WithConflicts<T>, conflicts: found };
}
