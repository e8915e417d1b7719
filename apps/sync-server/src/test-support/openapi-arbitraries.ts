import fc from 'fast-check';

/** The subset of JSON Schema the served OpenAPI document uses. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/** Strings the fuzz keeps short: a long string is the junk arbitrary's job. */
const SHORT = 40;

function stringFrom(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = schema.minLength ?? 0;
  return fc.string({
    minLength,
    maxLength: Math.max(minLength, Math.min(schema.maxLength ?? SHORT, SHORT)),
  });
}

function objectFrom(schema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, sub]) => [key, valueFrom(sub, depth + 1)]),
  );
  const complete = fc.record(properties, { requiredKeys: schema.required ?? [] });
  // Missing required fields and unknown extra ones, as a careless client would send.
  const partial = fc.record(properties, { requiredKeys: [] });
  const extra = fc.tuple(
    complete,
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  );
  return fc.oneof(
    { weight: 3, arbitrary: complete },
    { weight: 1, arbitrary: partial },
    { weight: 1, arbitrary: extra.map(([value, more]) => ({ ...more, ...value })) },
  );
}

function typedFrom(type: string, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringFrom(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(
        schema.items ? valueFrom(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 2 }),
        {
          maxLength: 3,
        },
      );
    case 'object':
      return objectFrom(schema, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values shaped like `schema` (enums, patterns, bounds, nested objects, arrays). */
export function valueFrom(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => valueFrom(choice, depth)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) {
    return schema.properties ? objectFrom(schema, depth) : fc.jsonValue({ maxDepth: 2 });
  }
  return fc.oneof(...types.map((type) => typedFrom(type, schema, depth)));
}

/** Nests a value `levels` deep in arrays and objects, past the server's depth limit. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 10, max: 5_000 }), fc.boolean())
  .map(([levels, arrays]) =>
    arrays
      ? '['.repeat(levels) + ']'.repeat(levels)
      : '{"a":'.repeat(levels) + '1' + '}'.repeat(levels),
  );

/** Body texts no schema allows: wrong types, huge strings, deep nesting, broken JSON. */
export const junkBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
  fc
    .integer({ min: 1_000, max: 2_000_000 })
    .map((size) => JSON.stringify({ login: 'x'.repeat(size) })),
  deeplyNested,
  fc.constantFrom('', '{', '{"login":', 'null', '[1,2', 'не json', '{"a":1}}', '\u0000'),
  fc.string({ maxLength: 60 }),
);

/** A parameter value as text: schema-shaped, or any string at all. */
export function parameterText(schema: JsonSchema): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: valueFrom(schema).map((value) =>
        typeof value === 'string' ? value : JSON.stringify(value),
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  );
}
