import { z } from 'zod';
import type { RxJsonSchema } from 'rxdb';

/** A JSON Schema node as zod emits it; loose on purpose, we only reshape it. */
type Node = Record<string, unknown>;

export interface RxSchemaOptions<Doc> {
  version: number;
  primaryKey: Extract<keyof Doc, string>;
  title?: string;
  description?: string;
  /** Single fields or compound indexes; nested fields by dot path (`address.region`). */
  indexes?: (string | string[])[];
  /** `maxLength` per dot path, for a primary key or indexed string zod leaves unbounded. */
  maxLength?: Record<string, number>;
}

/** Fields RxDB adds to every document itself; a zod schema may list `_deleted` for the wire. */
const RXDB_OWNED = ['_deleted', '_rev', '_meta', '_attachments'];

/** RxDB's own cap on an indexed string (SC42). */
const MAX_INDEXED_STRING = 2048;

/** A UUID's canonical text form. */
const UUID_LENGTH = 36;

function fail(title: string | undefined, message: string): never {
  throw new Error(`toRxJsonSchema${title ? ` (${title})` : ''}: ${message}`);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies a zod-emitted JSON Schema into one RxDB accepts: `$ref`s to
 * `definitions` (schemas registered with a `.meta({ id })`) are inlined, since
 * RxDB refuses `$ref` (SC40), and `default` is kept only on top-level fields,
 * since RxDB refuses nested defaults (SC7) and only fills top-level ones.
 */
function reshape(node: unknown, defs: Node, depth: number, seen: readonly string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => reshape(item, defs, depth, seen));
  if (!isNode(node)) return node;
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    const name = /^#\/(?:definitions|\$defs)\/(.+)$/.exec(ref)?.[1];
    const target = name === undefined ? undefined : defs[name];
    if (name === undefined || !isNode(target) || seen.includes(name)) {
      throw new Error(`cannot inline $ref '${ref}' (recursive schemas do not fit RxDB)`);
    }
    const { $ref: _ref, ...rest } = node;
    return reshape({ ...target, ...rest }, defs, depth, [...seen, name]);
  }
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'definitions' || key === '$defs' || key === '$schema') continue;
    if (key === 'default' && depth > 1) continue;
    if (key === 'properties' && isNode(value)) {
      // A map of field names, each a schema one level down.
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, reshape(child, defs, depth + 1, seen)]),
      );
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = reshape(value, defs, depth + 1, seen);
    }
  }
  return out;
}

function schemaAt(root: Node, path: string): Node | undefined {
  let current: Node | undefined = root;
  for (const key of path.split('.')) {
    const properties: unknown = current?.['properties'];
    const next: unknown = isNode(properties) ? properties[key] : undefined;
    current = isNode(next) ? next : undefined;
  }
  return current;
}

/** Fills in what RxDB needs on an indexed or primary string field, or says what is missing. */
function prepareString(node: Node, path: string, title: string | undefined): void {
  if (node['maxLength'] === undefined) {
    const values = node['enum'];
    if (Array.isArray(values) && values.every((v) => typeof v === 'string')) {
      node['maxLength'] = Math.max(1, ...values.map((v: string) => v.length));
    } else if (node['format'] === 'uuid') {
      node['maxLength'] = UUID_LENGTH;
    } else {
      fail(title, `'${path}' is a key or index, so it needs a maxLength (z.string().max(n))`);
    }
  }
  if (Number(node['maxLength']) > MAX_INDEXED_STRING) {
    fail(title, `'${path}' is a key or index, so its maxLength must be <= ${MAX_INDEXED_STRING}`);
  }
}

function prepareIndexField(root: Node, path: string, title: string | undefined): void {
  const node = schemaAt(root, path);
  if (node === undefined) fail(title, `index field '${path}' is not in the schema`);
  switch (node['type']) {
    case 'string':
      prepareString(node, path, title);
      return;
    case 'integer':
    case 'number':
      // An integer is a multiple of 1; a float index needs an explicit .multipleOf().
      if (node['type'] === 'integer' && node['multipleOf'] === undefined) node['multipleOf'] = 1;
      for (const key of ['minimum', 'maximum', 'multipleOf']) {
        if (!Number.isFinite(node[key])) {
          fail(title, `index field '${path}' needs a finite ${key} (.min/.max/.multipleOf)`);
        }
      }
      return;
    case 'boolean':
      return;
    default:
      fail(title, `index field '${path}' must be a plain string, number or boolean`);
  }
}

/**
 * Derives an RxDB collection schema from a zod object (DESIGN §1: written
 * once). Uses the schema's output side, the canonical shape RxDB stores.
 *
 * Quirks handled here so every collection gets them right:
 * - RxDB's own fields (`_deleted`, `_rev`, `_meta`, `_attachments`) are
 *   dropped; RxDB adds them itself and refuses most of them in a schema.
 * - The primary key and indexed string fields need a maxLength; it is taken
 *   from `.max()`, the longest enum value, 36 for `z.uuid()`, or `opts.maxLength`.
 * - Indexed integers get `multipleOf: 1`; indexed numbers need finite bounds.
 * - `$ref`s are inlined; nested defaults are dropped (RxDB fills top-level only).
 * - Types zod cannot express in JSON (dates, transforms) become `{}` (any).
 * Throws on a definition RxDB would refuse — a programming error, found at startup.
 */
export function toRxJsonSchema<S extends z.ZodObject>(
  schema: S,
  opts: RxSchemaOptions<z.output<S>>,
): RxJsonSchema<z.output<S>> {
  const { title } = opts;
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'output',
    unrepresentable: 'any',
    cycles: 'throw',
  }) as Node;
  const defs = isNode(json['definitions']) ? json['definitions'] : {};
  let root: Node;
  try {
    root = reshape(json, defs, 0, []) as Node;
  } catch (error) {
    fail(title, error instanceof Error ? error.message : String(error));
  }

  const properties = { ...(isNode(root['properties']) ? root['properties'] : {}) };
  for (const field of RXDB_OWNED) delete properties[field];
  const required = (Array.isArray(root['required']) ? (root['required'] as string[]) : []).filter(
    (field) => !RXDB_OWNED.includes(field),
  );
  const out: Node = { type: 'object', properties, required };

  for (const [path, maxLength] of Object.entries(opts.maxLength ?? {})) {
    const node = schemaAt(out, path);
    if (node === undefined)
      fail(title, `maxLength given for '${path}', which is not in the schema`);
    node['maxLength'] = maxLength;
  }

  const key = schemaAt(out, opts.primaryKey);
  if (key === undefined || key['type'] !== 'string') {
    fail(title, `primary key '${opts.primaryKey}' must be a string field`);
  }
  if (!required.includes(opts.primaryKey)) {
    fail(title, `primary key '${opts.primaryKey}' must be required`);
  }
  prepareString(key, opts.primaryKey, title);

  const indexes = opts.indexes ?? [];
  for (const index of indexes) {
    for (const path of typeof index === 'string' ? [index] : index) {
      prepareIndexField(out, path, title);
    }
  }

  return {
    ...(title !== undefined && { title }),
    ...(opts.description !== undefined && { description: opts.description }),
    version: opts.version,
    primaryKey: opts.primaryKey,
    type: 'object',
    properties,
    required,
    ...(indexes.length > 0 && { indexes }),
  } as RxJsonSchema<z.output<S>>;
}
