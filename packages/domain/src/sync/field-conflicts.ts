import { z } from 'zod';
import { canonicalJson, getField, jsonEqual, own, setField, type JsonObject } from './json.ts';

/** Why a rule refused a device's change (docs/sync-rules.md, «Refusals»). */
export const ConflictReason = z.enum([
  'application-sent',
  'scan-kept',
  'card-checked',
  /** A send over the family's daily quota (`SENDS_PER_FAMILY_PER_DAY`): sent again tomorrow. */
  'send-quota',
  'refused',
]);
export type ConflictReason = z.infer<typeof ConflictReason>;

/**
 * One losing value of one field, kept on the document (DESIGN §2,
 * docs/sync-rules.md «Conflicts»): where both sides changed the same field the
 * server's value wins and the device's value is parked here until a person
 * settles the field. `localValue` / `remoteValue` absent means that side
 * removed the field.
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

/** A document that may hold the list. */
export type WithConflicts<T> = T & { conflicts?: FieldConflict[] };

/** The document field holding the list. */
export const CONFLICTS_FIELD = 'conflicts';
/** Losing values kept per field; the oldest go first. */
export const MAX_CONFLICTS_PER_FIELD = 20;
/** The schema's cap on the whole list (`conflictsField`). */
export const MAX_CONFLICTS = 200;

/**
 * What makes two entries the same losing value: the field, the value and
 * when it lost. `by`, `reason` and the other sides' values do not count, so a
 * server stamping `by` on an entry does not make it a second one.
 */
export function conflictKey(c: FieldConflict): string {
  return JSON.stringify([c.field, canonicalJson(c.localValue), c.at ?? '']);
}

/** A document's conflict list; anything else reads as empty. */
export function conflictsOf(doc: JsonObject | null | undefined): FieldConflict[] {
  const list = doc ? own(doc, CONFLICTS_FIELD) : undefined;
  return Array.isArray(list) ? (list as FieldConflict[]) : [];
}

function keyed(list: FieldConflict[]): Map<string, FieldConflict> {
  return new Map(list.map((c) => [conflictKey(c), c]));
}

function timeOf(c: FieldConflict): number {
  const t = c.at === undefined ? NaN : Date.parse(c.at);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Oldest first; a tie (or no time) falls back to the key, so every device orders alike. */
function byAge(a: FieldConflict, b: FieldConflict): number {
  const [ta, tb] = [timeOf(a), timeOf(b)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [ka, kb] = [conflictKey(a), conflictKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The newest `MAX_CONFLICTS_PER_FIELD` of each field, the newest `MAX_CONFLICTS` in all, oldest first. */
function bounded(list: FieldConflict[]): FieldConflict[] {
  const newestFirst = [...list].sort(byAge).reverse();
  const perField = new Map<string, number>();
  const kept: FieldConflict[] = [];
  for (const c of newestFirst) {
    if (kept.length === MAX_CONFLICTS) break;
    const count = perField.get(c.field) ?? 0;
    if (count === MAX_CONFLICTS_PER_FIELD) continue;
    perField.set(c.field, count + 1);
    kept.push(c);
  }
  return kept.reverse();
}

export interface ConflictListsInput {
  /** The list the device last saw on the master; empty when there was none. */
  base: FieldConflict[];
  local: FieldConflict[];
  remote: FieldConflict[];
  /** Losing values this merge found. */
  fresh: FieldConflict[];
  /** The merged document: a losing value its field now holds is no longer losing. */
  current: JsonObject;
}

/**
 * The conflict lists of two sides merged three-way as sets keyed by
 * {@link conflictKey}: an entry either side holds stays, unless the base held
 * it and one side dropped it (a person settled it there). Fresh entries join;
 * an entry whose value its field holds now goes; the list is bounded and
 * ordered by age, then key, so the result does not depend on the sides' order.
 * An entry both sides hold takes the remote's word where they differ (the
 * server's `by` stamp).
 */
export function mergeConflictLists(input: ConflictListsInput): FieldConflict[] {
  const [base, local, remote] = [keyed(input.base), keyed(input.local), keyed(input.remote)];
  const out = new Map<string, FieldConflict>();
  for (const [key, c] of local) {
    if (!remote.has(key) && base.has(key)) continue;
    out.set(key, { ...c, ...remote.get(key) });
  }
  for (const [key, c] of remote) {
    if (!local.has(key) && !base.has(key)) out.set(key, c);
  }
  for (const c of input.fresh) {
    const key = conflictKey(c);
    if (!out.has(key)) out.set(key, c);
  }
  return bounded(stillLosing([...out.values()], input.current));
}

/** The entries whose value their field does not hold: one its field holds now lost nothing. */
export function stillLosing(conflicts: FieldConflict[], current: JsonObject): FieldConflict[] {
  return conflicts.filter((c) => !jsonEqual(c.localValue, getField(current, c.field)));
}

/**
 * The document without kept values its fields hold again (a field retyped to
 * the value it lost): the same rule as a merge's, for writes that are no merge.
 */
export function withoutHeldConflicts<T extends JsonObject>(doc: T): T {
  const list = conflictsOf(doc);
  const losing = stillLosing(list, doc);
  return losing.length === list.length ? doc : { ...doc, [CONFLICTS_FIELD]: losing };
}

/** How a person settles a field: keep what it holds now, or one kept losing value. */
export type FieldChoice = { keep: 'remote' } | { keep: 'local'; key: string };

/**
 * Settles a whole field: «Оставить моё» (`local`) applies the chosen entry's
 * value (removing the field when that side had removed it), «Оставить с
 * другого устройства» (`remote`) keeps the current one; either way every entry
 * of the field goes. An entry already gone (settled on another device) changes
 * nothing. Returns a new document.
 */
export function resolveField<T extends JsonObject>(doc: T, field: string, choice: FieldChoice): T {
  const list = conflictsOf(doc);
  const rest = list.filter((c) => c.field !== field);
  if (choice.keep === 'local') {
    const entry = list.find((c) => c.field === field && conflictKey(c) === choice.key);
    if (entry === undefined) return doc;
    return { ...setField(doc, field, entry.localValue), [CONFLICTS_FIELD]: rest };
  }
  return rest.length === list.length ? doc : { ...doc, [CONFLICTS_FIELD]: rest };
}

/** «Убрать»: drops one entry (a refused change the person has seen), the field untouched. */
export function dismissConflict<T extends JsonObject>(doc: T, key: string): T {
  const list = conflictsOf(doc);
  const rest = list.filter((c) => conflictKey(c) !== key);
  return rest.length === list.length ? doc : { ...doc, [CONFLICTS_FIELD]: rest };
}
