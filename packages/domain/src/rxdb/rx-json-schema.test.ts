import { describe, it, expect, beforeAll } from 'vitest';
import { z } from 'zod';
import { addRxPlugin, createRxDatabase } from 'rxdb';
import { RxDBDevModePlugin, checkSchema, disableWarnings } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { StatusHistoryEntry } from '../status/index.ts';
import { FieldConflict } from '../sync/merge.ts';
import { toRxJsonSchema } from './index.ts';

// A stand-in for a replicated collection: nested objects, optionals, enums,
// arrays, nullable and defaulted fields, a reused sub-schema with an id, and
// the wire's `_deleted` flag that RxDB manages itself.
const Address = z
  .object({
    region: z.string().min(1).max(100),
    street: z.string().max(200).optional(),
    postcode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .meta({ id: 'TestAddress' });

const Child = z.object({
  id: z.uuid(),
  familyId: z.string().min(1).max(64),
  serverSeq: z.number().int().min(0),
  status: z.enum(['draft', 'submitted', 'needs_correction']).default('draft'),
  surname: z.string().max(100),
  patronymic: z.string().max(100).optional(),
  birthDate: z.iso.date(),
  address: Address,
  birthAddress: Address.optional(),
  certificate: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('ru'), series: z.string(), number: z.string() }),
    z.object({ kind: z.literal('foreign'), text: z.string() }),
  ]),
  tags: z.array(z.string().max(20)).default([]),
  note: z.string().nullable().default(null),
  nested: z.object({ flag: z.boolean().default(false) }).default({ flag: false }),
  createdAt: z.date().optional(),
  conflicts: z.array(FieldConflict).default([]),
  statusHistory: z.array(StatusHistoryEntry).default([]),
  _deleted: z.boolean(),
});

/** The schema's properties as plain JSON, to poke at keys RxDB's types do not list. */
const propsOf = (schema: { properties: object }) =>
  schema.properties as Record<string, Record<string, unknown> | undefined>;

const options = {
  title: 'children',
  version: 0,
  primaryKey: 'id' as const,
  indexes: ['serverSeq', ['familyId', 'status'], 'address.region'],
};

describe('toRxJsonSchema', () => {
  const schema = toRxJsonSchema(Child, options);

  it('carries the key points RxDB needs', () => {
    expect(schema).toMatchObject({
      title: 'children',
      version: 0,
      primaryKey: 'id',
      type: 'object',
      indexes: options.indexes,
    });
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'familyId', 'serverSeq', 'status', 'address', 'tags']),
    );
    expect(schema.required).not.toContain('patronymic');
    expect(schema.required).not.toContain('_deleted');
    expect(schema.properties).not.toHaveProperty('_deleted');
    expect(schema).not.toHaveProperty('$schema');
    const props = propsOf(schema);
    expect(props['id']).toMatchObject({ type: 'string', maxLength: 36 });
    expect(props['familyId']).toMatchObject({ type: 'string', maxLength: 64 });
    expect(props['status']).toMatchObject({ maxLength: 16, default: 'draft' });
    expect(props['serverSeq']).toMatchObject({ type: 'integer', minimum: 0, multipleOf: 1 });
    expect(props['address']).toMatchObject({
      type: 'object',
      required: ['region'],
      properties: { region: { type: 'string', maxLength: 100 } },
    });
    expect(JSON.stringify(schema)).not.toContain('$ref');
    // RxDB refuses nested defaults; the top-level ones stay for RxDB to fill.
    expect(props['nested']).toMatchObject({ default: { flag: false } });
    expect(JSON.stringify(props['nested']?.['properties'])).not.toContain('default');
  });

  it('passes RxDB dev-mode schema checks', () => {
    expect(() => checkSchema(schema)).not.toThrow();
  });

  it('takes maxLength overrides by dot path', () => {
    const s = toRxJsonSchema(Child, {
      ...options,
      indexes: ['surname'],
      maxLength: { surname: 50, 'address.street': 80 },
    });
    const props = propsOf(s);
    expect(props['surname']?.['maxLength']).toBe(50);
    expect(props['address']).toMatchObject({ properties: { street: { maxLength: 80 } } });
  });

  it('refuses what RxDB would refuse, naming the field', () => {
    const Loose = z.object({ id: z.string(), n: z.number(), s: z.string() });
    expect(() => toRxJsonSchema(Loose, { version: 0, primaryKey: 'id' })).toThrow(
      /'id'.*maxLength/,
    );
    const Keyed = Loose.extend({ id: z.string().max(10) });
    expect(() => toRxJsonSchema(Keyed, { version: 0, primaryKey: 'id', indexes: ['s'] })).toThrow(
      /'s'/,
    );
    expect(() => toRxJsonSchema(Keyed, { version: 0, primaryKey: 'id', indexes: ['n'] })).toThrow(
      /'n'.*minimum/,
    );
    expect(() => toRxJsonSchema(Keyed, { version: 0, primaryKey: 'id', indexes: ['x'] })).toThrow(
      /'x'/,
    );
  });
});

describe('a derived schema in a real RxDB database', () => {
  beforeAll(() => {
    disableWarnings();
    addRxPlugin(RxDBDevModePlugin);
  });

  it('creates the collection, validates, inserts and queries by index', async () => {
    const db = await createRxDatabase({
      name: 'rodnikschematest',
      storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
      multiInstance: false,
    });
    try {
      const { children } = await db.addCollections({
        children: { schema: toRxJsonSchema(Child, options) },
      });
      const doc = {
        id: '01960000-0000-7000-8000-000000000001',
        familyId: 'fam-1',
        serverSeq: 3,
        surname: 'Иванов',
        birthDate: '2019-05-04',
        address: { region: 'Тверская область', postcode: '170000' },
        certificate: { kind: 'ru', series: 'IV-МЮ', number: '123456' },
        conflicts: [{ field: 'address.street', remoteValue: 'Полевая', baseValue: null }],
        statusHistory: [{ status: 'draft', at: '2025-03-01T10:00:00Z', by: 'client' }],
      };
      await children.insert(doc);
      const found = await children
        .find({ selector: { familyId: 'fam-1', status: 'draft', serverSeq: { $gt: 1 } } })
        .exec();
      expect(found.map((d) => d.toJSON())).toEqual([
        { ...doc, status: 'draft', tags: [], note: null, nested: { flag: false } },
      ]);
      const byRegion = await children
        .find({ selector: { 'address.region': 'Тверская область' } })
        .exec();
      expect(byRegion).toHaveLength(1);
      // The derived schema still validates: a bad nested value is refused.
      await expect(
        children.insert({ ...doc, id: '01960000-0000-7000-8000-000000000002', address: {} }),
      ).rejects.toThrow();
    } finally {
      await db.remove();
    }
  });
});
