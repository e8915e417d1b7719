import { COLLECTIONS, type CollectionName } from '@rodnik/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { z } from 'zod';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import type { NewDoc, Store, StoredDoc, StoreWrites } from '../../store/store.ts';
import type { Actor } from '../actor.ts';
import {
  typed,
  type Change,
  type ClientOf,
  type PushedRow,
  type DataOf,
  type PolicyContext,
  type ReaderContext,
  type TypedDoc,
} from '../policy.ts';

/**
 * A policy called directly, as the push loop calls it, over a real SQLite
 * store: each test writes the masters it needs and runs one transaction.
 */

export const NOW = '2026-11-24T09:00:00.000Z';
export const FAMILY = 'family-a';
export const OTHER_FAMILY = 'family-b';
export const ANNA = '01900000-0000-7000-8000-00000000a001';
export const MARIA = '01900000-0000-7000-8000-00000000a002';

export const parent: Actor = {
  accountId: 'parent-1',
  familyId: FAMILY,
  role: 'parent',
  childId: null,
};
export const secondParent: Actor = { ...parent, accountId: 'parent-2' };
export const annasAccount: Actor = {
  accountId: 'child-anna',
  familyId: FAMILY,
  role: 'child',
  childId: ANNA,
};

const opened: { store: Store; dir: string }[] = [];
afterEach(async () => {
  for (const { store, dir } of opened.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

export async function openStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'rodnik-policy-'));
  const store = await openSqliteStore(join(dir, 'rodnik.sqlite'));
  opened.push({ store, dir });
  return store;
}

let ids = 0;
export function nextId(): string {
  ids += 1;
  return `01900000-0000-7000-8000-${String(ids).padStart(12, '0')}`;
}

/** Runs `fn` in one transaction with the context the push loop would give a policy. */
export function inPush<T>(
  store: Store,
  actor: Actor,
  fn: (ctx: PolicyContext) => Promise<T>,
): Promise<{ result: T; ctx: PolicyContext }> {
  return store.transaction(async (tx: StoreWrites) => {
    const ctx: PolicyContext = {
      tx,
      actor,
      now: NOW,
      at: new Date(NOW),
      newId: nextId,
      secret: new Uint8Array(32).fill(7),
      masters: new Map(),
      queued: { verification: false, arrival: false },
    };
    return { result: await fn(ctx), ctx };
  });
}

/** A stored document of a collection, its server-owned fields defaulted. */
export async function stored<C extends CollectionName>(
  store: Store,
  collection: C,
  doc: { id: string; familyId?: string; childId?: string | null; deleted?: boolean },
  data: Record<string, unknown>,
): Promise<TypedDoc<C>> {
  const def = COLLECTIONS[collection];
  const full: NewDoc = {
    collection,
    id: doc.id,
    familyId: doc.familyId ?? FAMILY,
    childId: doc.childId ?? null,
    deleted: doc.deleted ?? false,
    data: { ...defaults(def.server), ...defaults(def.client, data), ...data },
  };
  const written: StoredDoc = await store.transaction((tx) => tx.putDoc(full));
  return typed<C>(written);
}

/** The change the push loop hands `beforeWrite`: the master with the device's fields over it. */
export function change<C extends CollectionName>(
  collection: C,
  master: TypedDoc<C> | null,
  client: Record<string, unknown>,
  options: { id?: string; deleted?: boolean; conflictsOnly?: boolean } = {},
): Change<C> {
  const def = COLLECTIONS[collection];
  const base = master ? master.data : defaults(def.server);
  return {
    id: options.id ?? master?.id ?? nextId(),
    master,
    data: { ...base, ...def.client.parse(client) } as DataOf<C>,
    deleted: options.deleted ?? master?.deleted ?? false,
    conflictsOnly: options.conflictsOnly ?? false,
  };
}

/** A schema's defaults over `data`, or nothing when it has required fields without one. */
function defaults(
  schema: z.ZodObject,
  data: Record<string, unknown> = {},
): Record<string, unknown> {
  const parsed = schema.safeParse(data);
  return parsed.success ? (parsed.data as Record<string, unknown>) : {};
}

/** A device's row as the push loop parses it. */
export function pushedRow<C extends CollectionName>(
  collection: C,
  id: string,
  client: Record<string, unknown>,
  deleted = false,
): PushedRow<C> {
  return { id, client: COLLECTIONS[collection].client.parse(client) as ClientOf<C>, deleted };
}

export function reader(store: Store, actor: Actor): ReaderContext {
  return { actor, store, secret: new Uint8Array(32).fill(7) };
}
