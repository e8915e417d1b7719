import type { z } from 'zod';
import { isErrorCode } from './errors/codes.ts';
import type { ErrorCode } from './errors/codes.ts';
import { fieldError } from './errors/api-error.ts';
import type { FieldError, MessageParams } from './errors/types.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

export type ValidationResult<T> =
  { success: true; data: T } | { success: false; errors: FieldError[] };

/**
 * Parse `input` with `schema` and turn every issue into a FieldError.
 * Never throws: bad input of any shape comes back as `errors`.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { error: fallbackCode });
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: issuesToFieldErrors(result.error.issues) };
}

/**
 * Per-parse error map: issues zod raises itself (no code from our schemas) get an
 * ErrorCode too, so nested union branches can be read without parsing English text.
 */
function fallbackCode(iss: RawIssue): ErrorCode {
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value')) {
    return 'required';
  }
  if (iss.code === 'too_small' && iss.origin === 'string' && Number(iss.minimum) <= 1) {
    return 'required';
  }
  if (iss.code === 'too_big' && iss.origin === 'string') return 'too-long';
  return 'invalid-value';
}

/** Map zod issues (from any parse, with or without our error map) to FieldErrors. */
export function issuesToFieldErrors(issues: readonly Issue[]): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (e: FieldError): void => {
    const key = `${e.field}\u0000${e.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  collect(issues, [], push);
  return out;
}

function collect(
  issues: readonly Issue[],
  prefix: readonly PropertyKey[],
  push: (e: FieldError) => void,
): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Show what the closest branch wants instead of a bare "invalid input".
      collect(closestBranch(issue.errors), path, push);
      continue;
    }
    push(fieldError(joinPath(path), codeOf(issue), paramsOf(issue)));
  }
}

/** The branch that failed least: first fewest mismatched literals, then fewest issues. */
function closestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] {
  let best: readonly Issue[] = [];
  let bestScore = Infinity;
  for (const branch of branches) {
    const mismatches = branch.filter((i) => i.code === 'invalid_value').length;
    const score = mismatches * 1000 + branch.length;
    if (score < bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function codeOf(issue: Issue): ErrorCode {
  if (isErrorCode(issue.message)) return issue.message;
  // Issues from a parse that did not use our error map: infer from the issue itself.
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return 'required';
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return 'too-long';
  return 'invalid-value';
}

function paramsOf(issue: Issue): Omit<MessageParams, 'field'> {
  const params: Record<string, string | number> = {};
  if (issue.code === 'custom' && issue.params !== undefined) {
    for (const [k, v] of Object.entries(issue.params)) {
      if (k !== 'field' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
    }
  }
  if (issue.code === 'too_big') params['max'] = Number(issue.maximum);
  if (issue.code === 'too_small') params['min'] = Number(issue.minimum);
  return params;
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'symbol' ? (p.description ?? '') : String(p))).join('.');
}
