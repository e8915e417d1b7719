import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, expectTypeOf, it } from 'vitest';
import type { TypedDoc } from '../sync/policy.ts';
import { familyDocs, readDoc } from './family-docs.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rodnik-family-docs-'));
  store = await openSqliteStore(join(dir, 'docs.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A member document as the server wrote it before `notify` (members v2) existed. */
const olderMember = {
  accountId: 'acc-1',
  role: 'parent',
  displayName: 'Анна',
  childId: null,
  identitySubmittedAt: null,
  identity: { status: 'none', submittedAt: null, checkedAt: null, issues: [] },
};

const put = (collection: 'members' | 'links', id: string, data: Record<string, unknown>) =>
  store.transaction((tx) =>
    tx.putDoc({ collection, id, familyId: 'fam-1', childId: null, deleted: false, data }),
  );

it('reads a stored document as its collection type, a field added since taking its default', async () => {
  await put('members', 'm1', olderMember);

  const member = await readDoc(store, 'members', 'm1');

  expectTypeOf(member).toEqualTypeOf<TypedDoc<'members'> | null>();
  expect(member?.data.notify).toBeNull();
  expect(member?.data.displayName).toBe('Анна');
  expect(await readDoc(store, 'members', 'nobody')).toBeNull();
});

it('refuses stored data its schema refuses, naming the collection, the id and the field, not the value', async () => {
  await put('members', 'm2', { ...olderMember, role: 'grandmother' });

  const read = readDoc(store, 'members', 'm2');

  await expect(read).rejects.toThrow('stored members document m2 does not match its schema: role');
  await expect(read).rejects.not.toThrow('grandmother');
});

it("hands out a family's documents of one collection, typed by it", async () => {
  await put('members', 'm1', olderMember);
  await put('links', 'l1', { childId: 'c1', codeRequestedAt: null, status: 'pending' });

  const links = await familyDocs(store, 'links', 'fam-1');

  expectTypeOf(links).toEqualTypeOf<TypedDoc<'links'>[]>();
  expect(links.map((doc) => [doc.id, doc.data.status])).toEqual([['l1', 'pending']]);
});
