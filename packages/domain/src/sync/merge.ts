import { z } from 'zod';

/** Why a rule refused a device's change (docs/sync-rules.md, «Refusals»). */
export const ConflictReason = z.enum(['application-sent', 'scan-kept', 'refused']);
export type ConflictReason = z.infer<typeof ConflictReason>;

/**
 * A losing local edit kept on the document (DESIGN §2): where both sides
 * changed the same field, the server's value wins and the device's value is
 * parked here until the user re-applies or dismisses it.
 * `localValue` / `remoteValue` absent means that side removed the field.
 */
export const FieldConflict = z.object({
  /** Dot path of the field, e.g. `address.street`. */
  field: z.string().min(1).max(200),
  localValue: z.unknown().optional(),
  remoteValue: z.unknown().optional(),
  baseValue: z.unknown().optional(),
  at: z.iso.datetime({ offset: true }).optional(),
  /** The account whose device lost; the server stamps it when a device leaves it out. */
  by: z.string().max(64).optional(),
  /** Set when a rule refused the change (not another device winning): why, as a code. */
  reason: ConflictReason.optional(),
});
export type FieldConflict = z.infer<typeof FieldConflict>;

type Json = unknown;
type JsonObject = Record<string, unknown>;

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

const CONFLICTS_FIELD = 'conflicts';

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

/** A document as merged: it may have gained the `conflicts` list. */
export type WithConflicts<T> = T & { conflicts?: FieldConflict[] };

export interface MergeResult<T extends JsonObject> {
  merged: WithConflicts<T>;
  /** Conflicts found by this merge; `merged.conflicts` holds these and the carried-over ones. */
  conflicts: FieldConflict[];
}

export function isPlainObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality on JSON values; a key holding `undefined` counts as absent. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** Assigns as a data property, so a `__proto__` key off the wire cannot reach a prototype. */
function put(obj: JsonObject, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function own(obj: JsonObject, key: string): Json {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
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

function conflictList(doc: JsonObject | undefined): FieldConflict[] {
  const list = doc === undefined ? undefined : own(doc, CONFLICTS_FIELD);
  return Array.isArray(list) ? (list as FieldConflict[]) : [];
}

function byField(list: FieldConflict[]): Map<string, FieldConflict> {
  const map = new Map<string, FieldConflict>();
  // Later entries win: within one list the newest conflict for a field is the last one.
  for (const c of list) map.set(c.field, c);
  return map;
}

/**
 * Conflicts are a client-owned set keyed by field, merged three-way like any
 * field: one the user dismissed on this device stays dismissed even though the
 * server still lists it, and one another device added is kept. If both sides
 * hold a different conflict for the same field, the newer `at` wins (local on a tie).
 */
function mergeConflictLists(
  base: JsonObject | undefined,
  local: JsonObject,
  remote: JsonObject,
  fresh: FieldConflict[],
): FieldConflict[] {
  const [bl, ll, rl] = [conflictList(base), conflictList(local), conflictList(remote)];
  // One side untouched: take the other list as it is, order included.
  const carried = jsonEqual(ll, rl) || jsonEqual(ll, bl) ? rl : jsonEqual(rl, bl) ? ll : undefined;
  const out = new Map<string, FieldConflict>();
  if (carried !== undefined) for (const c of carried) out.set(c.field, c);
  const [b, l, r] = [byField(bl), byField(ll), byField(rl)];
  const fields = carried === undefined ? unionKeys(r.keys(), l.keys()) : [];
  for (const field of fields) {
    const [bc, lc, rc] = [b.get(field), l.get(field), r.get(field)];
    let pick: FieldConflict | undefined;
    if (jsonEqual(lc, rc) || jsonEqual(lc, bc)) pick = rc;
    else if (jsonEqual(rc, bc)) pick = lc;
    else if (lc === undefined || rc === undefined) pick = lc ?? rc;
    else pick = (rc.at ?? '') > (lc.at ?? '') ? rc : lc;
    if (pick !== undefined) out.set(field, pick);
  }
  for (const c of fresh) {
    out.delete(c.field);
    out.set(c.field, c);
  }
  return [...out.values()];
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
 * - `conflicts` is merged as a set keyed by field; new conflicts replace older
 *   ones for the same field. It is only written when non-empty or already present.
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

  const conflicts = mergeConflictLists(input.base, local, remote, found);
  const hadConflicts =
    own(local, CONFLICTS_FIELD) !== undefined || own(remote, CONFLICTS_FIELD) !== undefined;
  if (conflicts.length > 0 || hadConflicts) merged[CONFLICTS_FIELD] = conflicts;

  return { merged: merged as WithConflicts<T>, conflicts: found };
}

function getPath(doc: JsonObject, path: string[]): Json {
  let current: Json = doc;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = own(current, key);
  }
  return current;
}

function setPath(doc: JsonObject, path: string[], value: Json): JsonObject {
  const [head, ...rest] = path;
  if (head === undefined) return doc;
  const copy: JsonObject = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else put(copy, head, value);
    return copy;
  }
  const child = own(doc, head);
  put(copy, head, setPath(isPlainObject(child) ? child : {}, rest, value));
  return copy;
}

/** Reads a dot-path value from a document, e.g. to show a conflict beside its field. */
export function getField(doc: JsonObject, field: string): Json {
  return getPath(doc, field.split('.'));
}

/**
 * Settles one conflict: `'local'` re-applies the kept device value (removing
 * the field if the device had removed it), `'remote'` keeps the server's value.
 * Either way the conflict is dropped. Returns a new document; an unknown field
 * returns the document unchanged.
 */
export function resolveConflict<T extends JsonObject>(
  doc: T,
  field: string,
  choice: 'local' | 'remote',
): T {
  const list = conflictList(doc);
  const entry = list.find((c) => c.field === field);
  if (entry === undefined) return doc;
  const rest = list.filter((c) => c.field !== field);
  const applied = choice === 'local' ? setPath(doc, field.split('.'), entry.localValue) : doc;
  const next: JsonObject = { ...applied, [CONFLICTS_FIELD]: rest };
  return next as T;
}
