import type { z } from 'zod';
import { isErrorCode } from '../errors/codes.ts';
import type { ErrorCode } from '../errors/codes.ts';
import { messageFor } from '../errors/api-error.ts';
import type { FieldError, Locale, MessageParams } from '../errors/types.ts';
import type { ValidationResult } from '../validate.ts';
import { answersSchema } from './answers.ts';
import type { Answers, AnswersSchemaDeps } from './answers.ts';
import type { FormField, Service } from './service.ts';

/**
 * The label of an answer path in this service's own words:
 * `familyMembers.1.birthDate` → «Член семьи 2 — Дата рождения». Unknown paths come back as is;
 * the empty path (the answers as a whole) is ''.
 */
export function answerFieldLabel(service: Service, path: string, locale: Locale): string {
  if (path === '') return '';
  const [id, index, childId] = path.split('.');
  const field: FormField | undefined = service.form.find((f) => f.id === id);
  if (field === undefined) return path;
  if (field.kind !== 'group' || index === undefined) return field.label[locale];
  const n = Number(index);
  if (!Number.isInteger(n) || n < 0) return path;
  const item = `${field.itemLabel[locale]} ${n + 1}`;
  if (childId === undefined) return item;
  const child = field.fields.find((f) => f.id === childId);
  return child === undefined ? path : `${item} — ${child.label[locale]}`;
}

type Issue = z.core.$ZodIssue;

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

/**
 * Validate a service's answers like `validate(answersSchema(service, deps), input)`, but
 * word every message with the catalog's labels, items of repeatable groups included.
 * Never throws on any input.
 */
export function validateAnswers(
  service: Service,
  input: unknown,
  deps: AnswersSchemaDeps = {},
): ValidationResult<Answers> {
  const result = answersSchema(service, deps).safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = issue.path.map((p) => String(p)).join('.');
    const code: ErrorCode = isErrorCode(issue.message) ? issue.message : 'invalid-value';
    const key = `${field}\u0000${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const params = paramsOf(issue);
    const word = (locale: Locale) =>
      messageFor(
        code,
        { ...params, field: field === '' ? undefined : answerFieldLabel(service, field, locale) },
        locale,
      );
    errors.push({ field, code, message: word('ru'), messageEn: word('en') });
  }
  return { success: false, errors };
}
