import { conflictKey, jsonEqual, type FieldConflict } from '@rodnik/domain';

/**
 * The server's part in a document's `conflicts` list (docs/sync-rules.md,
 * «Conflicts» and «Refusals»): it names who lost, and never refuses a change
 * to the list alone.
 */

const CONFLICTS = 'conflicts';

/**
 * The list with `by` filled in: an entry the master already holds takes the
 * master's `by` (so a device that has not pulled the stamp yet still matches
 * it), and an entry new to the master is stamped with the pushing account
 * (`accountId`; left out when reading the state a device assumed).
 */
export function stampConflictAuthors(
  list: readonly FieldConflict[],
  master: readonly FieldConflict[],
  accountId?: string,
): FieldConflict[] {
  const known = new Map(master.map((entry) => [conflictKey(entry), entry.by]));
  return list.map((entry) => {
    if (entry.by !== undefined) return entry;
    const key = conflictKey(entry);
    const by = known.has(key) ? known.get(key) : accountId;
    return by === undefined ? entry : { ...entry, by };
  });
}

/**
 * Stamps the `conflicts` of a device's client fields in place, against the
 * master's. A collection without the list is left alone.
 */
export function stampClientConflicts(
  client: Record<string, unknown>,
  masterClient: Record<string, unknown>,
  accountId?: string,
): void {
  const list = client[CONFLICTS];
  if (!Array.isArray(list)) return;
  const master = Array.isArray(masterClient[CONFLICTS]) ? masterClient[CONFLICTS] : [];
  client[CONFLICTS] = stampConflictAuthors(
    list as FieldConflict[],
    master as FieldConflict[],
    accountId,
  );
}

/**
 * Whether a device changed nothing but the `conflicts` list (kept or settled
 * a losing value): such a change is never refused, whatever the record's status.
 */
export function changesOnlyConflicts(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  let changed = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (jsonEqual(before[key], after[key])) continue;
    if (key !== CONFLICTS) return false;
    changed = true;
  }
  return changed;
}
