import { z } from 'zod';
import type { ErrorCode } from './codes.ts';

/** What a string check reports: a code, or a code with message parameters. */
export type Problem = ErrorCode | { code: ErrorCode; params: Record<string, string | number> };

/** Non-string input: missing → 'required', anything else → 'invalid-value'. */
export function missingOrInvalid(iss: { input?: unknown }): ErrorCode {
  return iss.input === undefined ? 'required' : 'invalid-value';
}

/**
 * A string schema that normalises user typing (`overwrite` keeps the type a plain string,
 * so `z.toJSONSchema` still works) and then reports at most one coded issue.
 */
export function codedString(
  normalize: (s: string) => string,
  problem: (s: string) => Problem | undefined,
): z.ZodString {
  return z
    .string({ error: missingOrInvalid })
    .overwrite(normalize)
    .check((ctx) => {
      const p = problem(ctx.value);
      if (p === undefined) return;
      ctx.issues.push(
        typeof p === 'string'
          ? { code: 'custom', message: p, input: ctx.value }
          : { code: 'custom', message: p.code, params: p.params, input: ctx.value },
      );
    });
}

/** Required free text: trimmed, inner whitespace collapsed, non-empty, at most `max` chars. */
export function requiredText(max: number): z.ZodString {
  return codedString(
    (s) => s.trim().replace(/\s+/g, ' '),
    (s) => {
      if (s === '') return 'required';
      if (s.length > max) return { code: 'too-long', params: { max } };
      return undefined;
    },
  );
}

/** Wrap an optional field so that '' or whitespace (an emptied form input) means "absent". */
export function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    schema.optional(),
  );
}
