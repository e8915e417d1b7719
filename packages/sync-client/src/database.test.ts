import { COLLECTIONS, documentSchema } from '@rodnik/domain';
import type { RxCollection } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AnyDoc, ApplicationDoc, DocumentDoc, LinkDoc, MemberDoc } from './collections.ts';
import { openFamilyDatabase, replicatedCollection } from './database.ts';

const open = () =>
  openFamilyDatabase({
    accountId: `typed-${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });

describe('the family database', () => {
  it('types every collection from its domain definition', async () => {
    const db = await open();
    // A wrong document type fails `tsc -b` here (tests are type-checked).
    expectTypeOf(db.documents).toEqualTypeOf<RxCollection<DocumentDoc>>();
    expectTypeOf(db.applications).toEqualTypeOf<RxCollection<ApplicationDoc>>();
    expectTypeOf(db.links).toEqualTypeOf<RxCollection<LinkDoc>>();
    expectTypeOf(db.members).toEqualTypeOf<RxCollection<MemberDoc>>();

    const link = documentSchema(COLLECTIONS.links).parse({
      id: 'link-1',
      familyId: 'family-1',
      childId: 'child-1',
    });
    await db.links.insert(link);
    const stored = (await db.links.findOne('link-1').exec())?.toMutableJSON() ?? null;
    expectTypeOf(stored).toEqualTypeOf<LinkDoc | null>();
    expect(stored).toEqual(link);
    await db.close();
  });

  it('hands replication the same collection, its documents plain JSON', async () => {
    const db = await open();
    const collection = replicatedCollection(db, 'links');
    expectTypeOf(collection).toEqualTypeOf<RxCollection<AnyDoc>>();
    expect(collection).toBe(db.links);
    await db.close();
  });
});
