import {
  ConflictReason as ConflictReasonSchema,
  CONFLICTS_FIELD,
  conflictsOf,
  mergeConflictLists,
  type ConflictReason,
  type FieldConflict,
  type WithConflicts,
} from '../sync/field-conflicts.ts';
import { isPlainObject, jsonEqual, own } from '../sync/json.ts';
import { REFUSED_MARKER } from '../sync/protocol.ts';
import { childCardDataOpen, ChildCardStatus } from '../status/child-card.machine.ts';
import { clientOwnedFields, clientView, type CollectionDef } from './collection-def.ts';

type Doc = Record<string, unknown>;

/**
 * Whether a push conflict is the server refusing the device's change rather
 * than a concurrent edit. The server reports a conflict for a concurrent edit
 * only when its master's client-owned fields (or deletion) differ from what
 * the device assumed; a master that still holds exactly the assumed state
 * means a rule said no (a sent application's form, a scan a sent application
 * keeps). The device then takes the master and keeps its change beside the
 * field (`keepRefusedChange`): merging would re-apply the refused change and
 * send it again forever.
 */
export function isRefusedPush(
  def: CollectionDef,
  assumed: Doc | null | undefined,
  master: Doc,
): boolean {
  if (markedReason(master)) return true;
  if (!assumed) return false;
  return (
    (assumed._deleted === true) === (master._deleted === true) &&
    jsonEqual(clientView(def, assumed), clientView(def, master))
  );
}

/**
 * Why the server refused a change to `master`, from what the server's rules
 * refuse (apps/sync-server/src/sync/applications-rules.ts, deletion-rules.ts):
 * an application is the family's to change only as a draft — once sent its
 * form is frozen, and under `needs_info` only what was asked opens; a scan a
 * sent application holds stays with it.
 */
export function refusalReason(def: CollectionDef, master: Doc): ConflictReason {
  const marked = markedReason(master);
  if (marked) return marked;
  if (def.name === 'applications') {
    const status = master.status ?? 'draft';
    return status === 'draft' ? 'refused' : 'application-sent';
  }
  if (def.name === 'documents' && typeof master.applicationId === 'string') return 'scan-kept';
  if (def.name === 'children') {
    // A checked card's data changes only as a new submission (children-rules.ts).
    const status = ChildCardStatus.safeParse(master.status ?? 'draft');
    if (status.success && !childCardDataOpen(status.data)) return 'card-checked';
  }
  return 'refused';
}

/** The reason the server named on the answer itself (`REFUSED_MARKER`), if any. */
function markedReason(master: Doc): ConflictReason | null {
  const parsed = ConflictReasonSchema.safeParse(master[REFUSED_MARKER]);
  return parsed.success ? parsed.data : null;
}

export interface RefusedChange<T extends Doc> {
  def: CollectionDef;
  /** The master the device assumed when it pushed. */
  assumed: Doc | null | undefined;
  /** The device's refused state. */
  local: Doc;
  /** The server's master, which still holds what the device assumed. */
  master: T;
  /** When the change was refused; injected so the result stays deterministic. */
  at: string;
}

/** The refused leaves: plain objects are compared key by key (`answers.x`), the rest whole. */
function refusedLeaves(
  field: string,
  base: unknown,
  local: unknown,
  master: unknown,
  found: Omit<FieldConflict, 'at' | 'reason'>[],
): void {
  if (jsonEqual(local, master)) return;
  if (isPlainObject(local) && isPlainObject(master)) {
    const b = isPlainObject(base) ? base : {};
    for (const key of new Set([...Object.keys(master), ...Object.keys(local)])) {
      refusedLeaves(`${field}.${key}`, own(b, key), own(local, key), own(master, key), found);
    }
    return;
  }
  found.push({
    field,
    ...(local !== undefined && { localValue: local }),
    ...(master !== undefined && { remoteValue: master }),
    ...(base !== undefined && { baseValue: base }),
  });
}

/** The same refused value is kept once, however often the refusal comes back. */
function alreadyKept(list: FieldConflict[], c: Pick<FieldConflict, 'field' | 'localValue'>) {
  return list.some(
    (k) => k.reason !== undefined && k.field === c.field && jsonEqual(k.localValue, c.localValue),
  );
}

/**
 * A refused push settled on the device (docs/sync-rules.md «Refusals»): the
 * master, with every client-owned value the device changed and the server
 * refused kept as a {@link FieldConflict} carrying the reason, merged into the
 * master's list like any conflict list (the device's own additions and
 * dismissals kept). A refused deletion of a scan is kept as `_deleted`.
 * Changes to the list alone are never refused, so it reaches the family's
 * other devices.
 */
export function keepRefusedChange<T extends Doc>(change: RefusedChange<T>): WithConflicts<T> {
  const { def, assumed, local, at } = change;
  // The marker is the server's word for this answer only: it is never stored.
  const { [REFUSED_MARKER]: _marker, ...unmarked } = change.master;
  const master = unmarked as T;
  if (!clientOwnedFields(def).includes(CONFLICTS_FIELD)) return master;
  const reason = refusalReason(def, change.master);
  const [was, mine, theirs] = [
    assumed ? clientView(def, assumed) : {},
    clientView(def, local),
    clientView(def, master),
  ];
  const leaves: Omit<FieldConflict, 'at' | 'reason'>[] = [];
  for (const key of clientOwnedFields(def)) {
    if (key === CONFLICTS_FIELD) continue;
    refusedLeaves(key, own(was, key), own(mine, key), own(theirs, key), leaves);
  }
  if (local._deleted === true && master._deleted !== true) {
    leaves.push({ field: '_deleted', localValue: true, remoteValue: false });
  }
  const known = [...conflictsOf(master), ...conflictsOf(local)];
  const fresh = leaves
    .filter((c) => !alreadyKept(known, c))
    .map((c): FieldConflict => ({ ...c, at, reason }));
  const conflicts = mergeConflictLists({
    base: conflictsOf(assumed),
    local: conflictsOf(local),
    remote: conflictsOf(master),
    fresh,
    current: master,
  });
  const hadList = own(master, CONFLICTS_FIELD) !== undefined;
  return conflicts.length > 0 || hadList ? { ...master, [CONFLICTS_FIELD]: conflicts } : master;
}
