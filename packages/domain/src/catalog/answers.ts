import { z } from 'zod';
import type { Problem } from '../errors/coded-string.ts';
import { missingOrInvalid, requiredText } from '../errors/coded-string.ts';
import { DateRu } from '../dates/date-ru.ts';
import { isIsoDate, isoDatePart } from '../dates/calendar.ts';
import { OmsPolicyNumber } from '../person/oms.ts';
import { Bik, isBik } from '../bank/bik.ts';
import { BankAccount, isAccountValidForBik, isBankAccountFormat } from '../bank/account.ts';
import type {
  ChoiceSource,
  Condition,
  DateField,
  FormField,
  GroupField,
  MoneyField,
  MultiSelectField,
  NumberField,
  ScalarField,
  Service,
} from './service.ts';

/** One answer as stored after parsing: text, ISO date, number, money string, choices, items. */
export type AnswerValue = string | number | boolean | readonly string[] | readonly Answers[];
export type Answers = { readonly [fieldId: string]: AnswerValue };

export type AnswersSchemaDeps = {
  /**
   * Today's date as ISO `YYYY-MM-DD` (an ISO datetime is cut to its date). Without it the
   * `notInPast` / `notInFuture` date checks are skipped — pass it on submit and on the server.
   */
  today?: () => string;
};

export type AnswersSchema = z.ZodType<Answers, unknown>;

type ReadResult<T> = { value: T } | { problem: Problem };
type Read<T> = (input: unknown) => ReadResult<T>;

type Values = Readonly<Record<string, unknown>>;

/** A schema that reads any input with `read` and reports its problem as one coded issue. */
function coded<T>(read: Read<T>): z.ZodType<T, unknown> {
  return z.unknown().transform((input, ctx) => {
    const r = read(input);
    if ('value' in r) return r.value;
    const p = r.problem;
    ctx.issues.push(
      typeof p === 'string'
        ? { code: 'custom', message: p, input }
        : { code: 'custom', message: p.code, params: p.params, input },
    );
    return z.NEVER;
  });
}

function isPlainObject(v: unknown): v is Values {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What an emptied input looks like: absent, null, blank text or no choices. */
function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

function own(values: Values, key: string): unknown {
  return Object.hasOwn(values, key) ? values[key] : undefined;
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

function readNumber(f: NumberField): Read<number> {
  return (input): ReadResult<number> => {
    let n: number;
    if (typeof input === 'number') n = input;
    else if (typeof input === 'string') {
      const s = input.replace(/[\s\u00a0]/g, '').replace(',', '.');
      if (!NUMBER_TEXT.test(s)) return { problem: 'number-format' };
      n = Number(s);
    } else return { problem: 'invalid-value' };
    if (!Number.isFinite(n)) return { problem: 'number-format' };
    if (f.integer && !Number.isInteger(n)) return { problem: 'number-not-integer' };
    if (f.min !== undefined && n < f.min) {
      return { problem: { code: 'number-too-small', params: { min: f.min } } };
    }
    if (f.max !== undefined && n > f.max) {
      return { problem: { code: 'number-too-large', params: { max: f.max } } };
    }
    return { value: n };
  };
}

const MONEY_TEXT = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** `125 000,5 ₽` or 125000.5 → `"125000.50"`; at most 2 decimals, never negative. */
function readMoney(f: MoneyField): Read<string> {
  return (input): ReadResult<string> => {
    let s: string;
    if (typeof input === 'number') s = Number.isFinite(input) ? String(input) : '';
    else if (typeof input === 'string') {
      s = input
        .replace(/[\s\u00a0]/g, '')
        .replace(/(₽|руб\.?|р\.)$/i, '')
        .replace(',', '.');
    } else return { problem: 'invalid-value' };
    const m = MONEY_TEXT.exec(s);
    if (!m) return { problem: 'money-format' };
    const rubles = (m[1] ?? '0').replace(/^0+(?=\d)/, '');
    const value = `${rubles}.${(m[2] ?? '').padEnd(2, '0')}`;
    if (f.max !== undefined && Number(value) > f.max) {
      return { problem: { code: 'number-too-large', params: { max: f.max } } };
    }
    return { value };
  };
}

const DIRECTORY_ID = /^[\w.:-]{1,64}$/;

function readChoice(source: ChoiceSource): Read<string> {
  return (input): ReadResult<string> => {
    if (typeof input !== 'string') return { problem: 'invalid-value' };
    const v = input.trim();
    const ok =
      source.kind === 'options' ? source.options.some((o) => o.value === v) : DIRECTORY_ID.test(v);
    return ok ? { value: v } : { problem: 'invalid-value' };
  };
}

function readChoices(f: MultiSelectField): Read<string[]> {
  const one = readChoice(f.source);
  return (input): ReadResult<string[]> => {
    if (!Array.isArray(input)) return { problem: 'invalid-value' };
    if (input.length > f.maxItems) {
      return { problem: { code: 'too-many-items', params: { max: f.maxItems } } };
    }
    const out: string[] = [];
    for (const item of input as unknown[]) {
      const r = one(item);
      if (!('value' in r)) return r;
      if (out.includes(r.value)) return { problem: 'duplicate-choice' };
      out.push(r.value);
    }
    return { value: out };
  };
}

const readBoolean: Read<boolean> = (input) =>
  typeof input === 'boolean' ? { value: input } : { problem: 'invalid-value' };

function dateSchema(f: DateField, deps: AnswersSchemaDeps): z.ZodType<string, unknown> {
  const today = deps.today;
  if (today === undefined || (f.notInPast !== true && f.notInFuture !== true)) return DateRu;
  return DateRu.check((ctx) => {
    if (!isIsoDate(ctx.value)) return; // DateRu has said what is wrong
    const now = isoDatePart(today());
    if (!isIsoDate(now)) throw new RangeError('today() must return an ISO date');
    if (f.notInPast === true && ctx.value < now) {
      ctx.issues.push({ code: 'custom', message: 'date-in-past', input: ctx.value });
    }
    if (f.notInFuture === true && ctx.value > now) {
      ctx.issues.push({ code: 'custom', message: 'date-in-future', input: ctx.value });
    }
  });
}

function scalarSchema(f: ScalarField, deps: AnswersSchemaDeps): z.ZodType<AnswerValue, unknown> {
  switch (f.kind) {
    case 'text':
      return requiredText(f.maxLength);
    case 'number':
      return coded(readNumber(f));
    case 'date':
      return dateSchema(f, deps);
    case 'select':
      return coded(readChoice(f.source));
    case 'multi-select':
      return coded(readChoices(f));
    case 'boolean':
      return coded(readBoolean);
    case 'money':
      return coded(readMoney(f));
    case 'bik':
      return Bik;
    case 'bank-account':
      return BankAccount;
    case 'oms-policy':
      return OmsPolicyNumber;
  }
}

function groupSchema(f: GroupField, deps: AnswersSchemaDeps): z.ZodType<AnswerValue, unknown> {
  return z
    .array(formSchema(f.fields, deps), { error: missingOrInvalid })
    .min(f.minItems, { message: 'too-few-items' })
    .max(f.maxItems, { message: 'too-many-items' });
}

function fieldSchema(f: FormField, deps: AnswersSchemaDeps): z.ZodType<AnswerValue, unknown> {
  return f.kind === 'group' ? groupSchema(f, deps) : scalarSchema(f, deps);
}

/** The fields of one form level with the schema of each, to read conditions with. */
class FormLevel {
  readonly byId: ReadonlyMap<string, FormField>;
  /** Clock-free schemas: a condition only needs the normalised value. */
  private readonly normalizers = new Map<string, z.ZodType<AnswerValue, unknown>>();

  constructor(readonly fields: readonly FormField[]) {
    this.byId = new Map(fields.map((f) => [f.id, f]));
  }

  private normalized(f: FormField, raw: unknown): unknown {
    let schema = this.normalizers.get(f.id);
    if (schema === undefined) {
      schema = fieldSchema(f, {});
      this.normalizers.set(f.id, schema);
    }
    const r = schema.safeParse(raw);
    return r.success ? r.data : undefined;
  }

  holds(cond: Condition, values: Values, depth = 0): boolean {
    const controller = this.byId.get(cond.field);
    if (controller === undefined || depth > this.fields.length) return false;
    if (!this.isVisible(controller, values, depth + 1)) return false;
    const raw = own(values, controller.id);
    if (isEmpty(raw)) return false;
    const v = this.normalized(controller, raw);
    const matches = (x: unknown): boolean =>
      'equals' in cond ? x === cond.equals : cond.oneOf.some((o) => o === x);
    return Array.isArray(v) ? v.some(matches) : matches(v);
  }

  isVisible(f: FormField, values: Values, depth = 0): boolean {
    return f.visibleWhen === undefined || this.holds(f.visibleWhen, values, depth);
  }

  /** Only the fields of this form, only visible ones, only non-empty values. */
  prune(input: unknown): unknown {
    if (!isPlainObject(input)) return input;
    const out: Record<string, unknown> = {};
    for (const f of this.fields) {
      const raw = own(input, f.id);
      if (!isEmpty(raw) && this.isVisible(f, input)) out[f.id] = raw;
    }
    return out;
  }
}

function formSchema(fields: readonly FormField[], deps: AnswersSchemaDeps): AnswersSchema {
  const level = new FormLevel(fields);
  const shape: Record<string, z.ZodOptional<z.ZodType<AnswerValue, unknown>>> = {};
  for (const f of fields) shape[f.id] = fieldSchema(f, deps).optional();
  const schema = z
    .preprocess((input) => level.prune(input), z.object(shape, { error: missingOrInvalid }))
    .superRefine(
      (value, ctx) => {
        if (!isPlainObject(value)) return;
        for (const f of fields) {
          if (!level.isVisible(f, value)) continue;
          const v = own(value, f.id);
          if (f.required && (f.kind === 'boolean' ? v !== true : v === undefined)) {
            ctx.addIssue({ code: 'custom', message: 'required', path: [f.id] });
          }
          if (f.kind === 'bank-account') {
            const bik = own(value, f.bikField);
            if (
              typeof v === 'string' &&
              typeof bik === 'string' &&
              isBankAccountFormat(v) &&
              isBik(bik) &&
              !isAccountValidForBik(v, bik)
            ) {
              ctx.addIssue({ code: 'custom', message: 'bank-account-key', path: [f.id] });
            }
          }
        }
      },
      // Report missing fields and the bank key even while other fields still have errors.
      { when: (payload) => isPlainObject(payload.value) },
    )
    .transform(answeredOnly);
  return schema;
}

/** The parsed fields that hold an answer (an optional field left out parses to no key at all). */
function answeredOnly(parsed: Readonly<Record<string, AnswerValue | undefined>>): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(parsed)) if (value !== undefined) answers[id] = value;
  return answers;
}

/**
 * The zod schema of a service's answers, built from its form: the web validates drafts
 * live with it and the server re-validates the same answers on arrival. Hidden fields
 * (their `visibleWhen` does not hold) are neither required nor kept; unknown keys are
 * dropped; every issue message is an ErrorCode, so `validate()` names the field.
 */
export function answersSchema(service: Service, deps: AnswersSchemaDeps = {}): AnswersSchema {
  return formSchema(service.form, deps);
}

/** Whether a condition holds for these answers (raw or parsed), read over `fields`. */
export function conditionHolds(
  cond: Condition,
  fields: readonly FormField[],
  answers: unknown,
): boolean {
  return isPlainObject(answers) && new FormLevel(fields).holds(cond, answers);
}

/** The ids of the top-level fields to show for these answers, in form order. */
export function visibleFieldIds(fields: readonly FormField[], answers: unknown): string[] {
  const level = new FormLevel(fields);
  const values = isPlainObject(answers) ? answers : {};
  return fields.filter((f) => level.isVisible(f, values)).map((f) => f.id);
}
