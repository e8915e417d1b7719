/**
 * Dot paths into a form's draft, and the canonical form a store gives it: an
 * empty string, `undefined` and an empty object all mean "absent", and key
 * order does not matter.
 */

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value with empty values dropped (deeply) and keys sorted. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isPlain(value)) return value === '' ? undefined : value;
  const out: Plain = {};
  for (const key of Object.keys(value).sort()) {
    const inner = canonical(value[key]);
    if (inner === undefined) continue;
    if (isPlain(inner) && Object.keys(inner).length === 0) continue;
    out[key] = inner;
  }
  return out;
}

export const canonicalJson = (value: unknown): string => JSON.stringify(canonical(value)) ?? '';

export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

export function pathValue(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const part of path.split('.')) at = isPlain(at) ? at[part] : undefined;
  return at;
}

/** A copy of `value` with `path` set; objects on the way are copied, never mutated. */
export function withPath<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const record: Plain = isPlain(value) ? value : {};
  const inner = rest.length === 0 ? next : withPath(record[head], rest.join('.'), next);
  const { [head]: _old, ...others } = record;
  // An emptied value leaves no key (or empty object) behind, as the store would.
  const absent = inner === undefined || (isPlain(inner) && Object.keys(inner).length === 0);
  return (absent ? others : { ...others, [head]: inner }) as T;
}

/** Every leaf path of either value (plain objects are walked; arrays are leaves). */
export function leafPaths(a: unknown, b: unknown, prefix = ''): string[] {
  const keys = new Set([
    ...(isPlain(a) ? Object.keys(a) : []),
    ...(isPlain(b) ? Object.keys(b) : []),
  ]);
  const out: string[] = [];
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const x = isPlain(a) ? a[key] : undefined;
    const y = isPlain(b) ? b[key] : undefined;
    if (isPlain(x) || isPlain(y)) out.push(...leafPaths(x, y, path));
    else out.push(path);
  }
  return out;
}
