/** Plain JSON helpers the merge and the conflict list share: equality, a canonical form, dot paths. */

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality on JSON values; a key holding `undefined` counts as absent. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/**
 * One string per JSON value, equal exactly when `jsonEqual` says so: object
 * keys sorted, keys holding `undefined` left out. `undefined` itself is `''`,
 * which no JSON text is.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? '';
  // Plain loops and one string: the server takes this of every pushed row (push receipts).
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]) || 'null';
    }
    return out + ']';
  }
  const object = value as JsonObject;
  const keys = Object.keys(object);
  if (!isSorted(keys)) keys.sort();
  out = '{';
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key) + ':' + canonicalJson(item);
  }
  return out + '}';
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i += 1) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/** Assigns as a data property, so a `__proto__` key off the wire cannot reach a prototype. */
export function put(obj: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export function own(obj: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Reads a dot-path value from a document, e.g. to show a conflict beside its field. */
export function getField(doc: JsonObject, field: string): unknown {
  let current: unknown = doc;
  for (const key of field.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = own(current, key);
  }
  return current;
}

/** A copy of `doc` with the dot-path set (`undefined` removes it); parents are made as needed. */
export function setField<T extends JsonObject>(doc: T, field: string, value: unknown): T {
  return setPath(doc, field.split('.'), value) as T;
}

function setPath(doc: JsonObject, path: string[], value: unknown): JsonObject {
  const [head, ...rest] = path;
  if (head === undefined) return doc;
  const copy: JsonObject = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else put(copy, head, value);
    return copy;
  }
  const child = own(doc, head);
  put(copy, head, setPath(isPlainObject(child) ? child : {}, rest, value));
  return copy;
}
