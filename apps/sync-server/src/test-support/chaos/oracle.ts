import { jsonEqual } from '@rodnik/domain';
import type { Doc } from './device.ts';
import { CREATION_FIELD } from './workload.ts';
import { fieldOf, type WriteRecord, type WrittenCollection } from './write-log.ts';

/** What became of one write. */
export type Outcome =
  | 'final'
  | 'keptWithDeleted'
  | 'superseded'
  | 'conflict'
  /** Older than every kept losing value of a field whose list is full (docs/sync-rules.md's bound). */
  | 'evictedByCap'
  | 'lost';

/** docs/sync-rules.md: at most this many losing values are kept per field, oldest first out. */
export const CONFLICTS_PER_FIELD = 20;

/** The server's documents of one family: collection → id → document as pulled. */
export type FamilyDocs = Map<string, Map<string, Doc>>;

export interface Accounting {
  writes: number;
  byKind: Record<string, number>;
  outcomes: Record<Outcome, number>;
  lost: number;
  lostCreations: number;
  duplicated: number;
  resurrected: number;
  ignoredDeletes: number;
  /** A restore that was the last word on a record, the deletion it undid back without a trace. */
  lostRestores: number;
  examples: {
    lost: unknown[];
    duplicated: unknown[];
    resurrected: unknown[];
    ignoredDeletes: unknown[];
    lostRestores: unknown[];
  };
}

interface FieldConflictLike {
  field?: unknown;
  localValue?: unknown;
  at?: unknown;
}

const EXAMPLES = 8;

/** The token sits in a kept conflict of the field (or of an object holding it) as the losing value. */
function keptAsConflict(doc: Doc, field: string, value: unknown): boolean {
  const conflicts = (doc['conflicts'] as FieldConflictLike[] | undefined) ?? [];
  return conflicts.some((c) => {
    if (typeof c.field !== 'string') return false;
    if (c.field === field) return jsonEqual(c.localValue, value);
    if (field.startsWith(`${c.field}.`)) {
      return jsonEqual(fieldOf(c.localValue, field.slice(c.field.length + 1)), value);
    }
    return false;
  });
}

/**
 * Accounts for every write against the server's final state: the field's
 * final value (on a live record, or kept with a soft-deleted one),
 * superseded by a write made on a device that showed it, kept as a
 * conflict's losing value, or lost. Restores write `null`, not a token, so
 * they are judged per record (`lostRestores`).
 */
export function accountWrites(
  writes: readonly WriteRecord[],
  server: Map<number, FamilyDocs>,
): Accounting {
  const outcomes: Record<Outcome, number> = {
    final: 0,
    keptWithDeleted: 0,
    superseded: 0,
    conflict: 0,
    evictedByCap: 0,
    lost: 0,
  };
  const byKind: Record<string, number> = {};
  const result: Accounting = {
    writes: writes.length,
    byKind,
    outcomes,
    lost: 0,
    lostCreations: 0,
    duplicated: 0,
    resurrected: 0,
    ignoredDeletes: 0,
    lostRestores: 0,
    examples: { lost: [], duplicated: [], resurrected: [], ignoredDeletes: [], lostRestores: [] },
  };
  const example = (list: unknown[], item: unknown) => {
    if (list.length < EXAMPLES) list.push(item);
  };
  const docOf = (w: WriteRecord) => server.get(w.family)?.get(w.collection)?.get(w.docId);

  // Which values some device showed in a field when it wrote over it.
  const seen = new Set<string>();
  const key = (w: Pick<WriteRecord, 'collection' | 'docId' | 'field'>, value: unknown) =>
    `${w.collection}/${w.docId}/${w.field}/${JSON.stringify(value)}`;
  for (const w of writes) if (w.prev !== undefined && w.prev !== null) seen.add(key(w, w.prev));

  const outcomeOf = new Map<WriteRecord, Outcome>();
  for (const w of writes) {
    byKind[w.kind] = (byKind[w.kind] ?? 0) + 1;
    if (w.kind === 'restore') continue;
    const doc = docOf(w);
    let outcome: Outcome;
    if (doc && !doc['_deleted'] && jsonEqual(fieldOf(doc, w.field), w.value)) {
      outcome = doc['deletedAt'] && w.kind !== 'delete' ? 'keptWithDeleted' : 'final';
    } else if (seen.has(key(w, w.value))) {
      outcome = 'superseded';
    } else if (doc && keptAsConflict(doc, w.field, w.value)) {
      outcome = 'conflict';
    } else if (doc && evictedByCap(doc, w)) {
      outcome = 'evictedByCap';
    } else {
      outcome = 'lost';
    }
    outcomeOf.set(w, outcome);
    outcomes[outcome] += 1;
    if (outcome !== 'lost') continue;
    result.lost += 1;
    if (w.kind === 'create') result.lostCreations += 1;
    if (w.kind === 'delete') {
      result.ignoredDeletes += 1;
      example(result.examples.ignoredDeletes, describeWrite(w, doc));
    }
    example(result.examples.lost, describeWrite(w, doc));
  }

  // Per record: the last word on `deletedAt` (in the order the writes were made).
  const lastDeletion = new Map<string, WriteRecord>();
  for (const w of writes) {
    if (w.kind === 'delete' || w.kind === 'restore')
      lastDeletion.set(`${w.collection}/${w.docId}`, w);
  }
  for (const w of lastDeletion.values()) {
    const doc = docOf(w);
    if (!doc) continue;
    const live = !doc['deletedAt'] && !doc['_deleted'];
    if (w.kind === 'delete' && live && outcomeOf.get(w) !== 'conflict') {
      result.resurrected += 1;
      example(result.examples.resurrected, describeWrite(w, doc));
    }
    // A restore undoes the deletion it saw; another device's deletion it never saw may win.
    const undone = w.kind === 'restore' && !live && jsonEqual(doc['deletedAt'], w.prev);
    if (undone && !keptAsConflict(doc, 'deletedAt', null)) {
      result.lostRestores += 1;
      example(result.examples.lostRestores, describeWrite(w, doc));
    }
  }

  // One logical record (one creation token) held twice.
  for (const [family, docs] of server) {
    for (const collection of ['children', 'applications'] as WrittenCollection[]) {
      const byOrigin = new Map<string, string[]>();
      for (const doc of docs.get(collection)?.values() ?? []) {
        const origin = fieldOf(doc, CREATION_FIELD[collection]);
        if (typeof origin !== 'string') continue;
        byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), doc.id]);
      }
      for (const [origin, ids] of byOrigin) {
        if (ids.length < 2) continue;
        result.duplicated += ids.length - 1;
        example(result.examples.duplicated, { family, collection, origin, ids });
      }
    }
  }
  return result;
}

function describeWrite(w: WriteRecord, doc: Doc | undefined): unknown {
  const conflicts = ((doc?.['conflicts'] as FieldConflictLike[] | undefined) ?? []).filter(
    (c) =>
      typeof c.field === 'string' && (c.field === w.field || w.field.startsWith(`${c.field}.`)),
  );
  return {
    write: w,
    server: doc
      ? {
          value: fieldOf(doc, w.field),
          deletedAt: doc['deletedAt'],
          _deleted: doc['_deleted'],
          serverSeq: doc['serverSeq'],
          conflicts,
        }
      : 'missing',
  };
}

/** The field's list of losing values is full and every kept one is younger than the write. */
function evictedByCap(doc: Doc, w: WriteRecord): boolean {
  const kept = ((doc['conflicts'] as FieldConflictLike[] | undefined) ?? []).filter(
    (c) => c.field === w.field,
  );
  if (kept.length < CONFLICTS_PER_FIELD) return false;
  return kept.every((c) => typeof c.at === 'string' && Date.parse(c.at) > w.at);
}

/** Keys sorted, `undefined` dropped: two documents are equal when these strings are. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
