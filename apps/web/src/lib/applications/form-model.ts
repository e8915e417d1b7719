import {
  directoryEntries,
  isErrorCode,
  messageFor,
  validateAnswers,
  visibleFieldIds,
  type FieldError,
  type FormField,
  type GroupField,
  type Locale,
  type MultiSelectField,
  type SelectField,
  type Service,
} from '@rodnik/domain';

/**
 * The service form's rules, kept out of the components so they are tested on
 * their own. A draft is the answers as typed (strings, choices, group items);
 * hidden fields keep their values in the draft (nothing typed is lost when a
 * condition flips back) and are dropped only from what is sent.
 */

export type DraftAnswers = Readonly<Record<string, unknown>>;
export type GroupItem = Readonly<Record<string, unknown>>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fields of one level (the form, or one group item) to show, in form order. */
export function visibleFields(fields: readonly FormField[], values: unknown): FormField[] {
  const ids = new Set(visibleFieldIds(fields, values));
  return fields.filter((f) => ids.has(f.id));
}

/** The items of a group as stored (always an array of records). */
export function groupItems(answers: DraftAnswers, group: GroupField): GroupItem[] {
  const v = answers[group.id];
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

/** A copy of `answers` with the value at `path` (`field` or `group.index.field`) set. */
export function setAnswer(answers: DraftAnswers, path: string, value: unknown): DraftAnswers {
  const [id, index, inner] = path.split('.');
  if (id === undefined || id === '') return answers;
  if (index === undefined || inner === undefined) return { ...answers, [id]: value };
  const items = Array.isArray(answers[id]) ? [...(answers[id] as unknown[])] : [];
  const n = Number(index);
  if (!Number.isInteger(n) || n < 0 || n > items.length) return answers;
  const item = isRecord(items[n]) ? items[n] : {};
  items[n] = { ...item, [inner]: value };
  return { ...answers, [id]: items };
}

/** The value at `path` as typed; '' when nothing is there. */
export function readAnswer(answers: DraftAnswers, path: string): unknown {
  const [id, index, inner] = path.split('.');
  if (id === undefined) return undefined;
  const v = answers[id];
  if (index === undefined || inner === undefined) return v;
  const item = Array.isArray(v) ? (v as unknown[])[Number(index)] : undefined;
  return isRecord(item) ? item[inner] : undefined;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** One more empty item, unless the group is full. */
export function addGroupItem(answers: DraftAnswers, group: GroupField): DraftAnswers {
  const items = groupItems(answers, group);
  if (items.length >= group.maxItems) return answers;
  return { ...answers, [group.id]: [...items, {}] };
}

/** Drops item `index`; the ones after it move up. */
export function removeGroupItem(
  answers: DraftAnswers,
  group: GroupField,
  index: number,
): DraftAnswers {
  const items = groupItems(answers, group);
  if (index < 0 || index >= items.length) return answers;
  return { ...answers, [group.id]: items.filter((_, i) => i !== index) };
}

/** The choices of an ordered multi-select as stored. */
export function chosen(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Ticks (appends, in order of preference) or unticks a choice; never more than `maxItems`. */
export function toggleChoice(
  current: readonly string[],
  value: string,
  maxItems: number,
): string[] {
  if (current.includes(value)) return current.filter((v) => v !== value);
  if (current.length >= maxItems) return [...current];
  return [...current, value];
}

/** Moves choice `index` one place up (-1) or down (+1) in the order of preference. */
export function moveChoice(current: readonly string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (index < 0 || index >= current.length || to < 0 || to >= current.length) return [...current];
  const out = [...current];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

export type Choice = { value: string; label: string };

/**
 * The choices of a select in the reader's language; a directory filtered by
 * `filterBy` lists only the entries under that field's current value (none until
 * it is chosen), and one marked `byChildAge` only the places that take a child of
 * `childAge` (all of them while the age is unknown). A place with a paid group
 * names its price.
 */
export function choicesFor(
  field: SelectField | MultiSelectField,
  values: DraftAnswers,
  locale: Locale,
  childAge?: number,
): Choice[] {
  const source = field.source;
  if (source.kind === 'options') {
    return source.options.map((o) => ({ value: o.value, label: o.label[locale] }));
  }
  const age = source.byChildAge ? childAge : undefined;
  let entries;
  if (source.filterBy !== undefined) {
    const parent = values[source.filterBy];
    if (typeof parent !== 'string' || parent === '') return [];
    entries = directoryEntries(source.directory, parent, age);
  } else entries = directoryEntries(source.directory, undefined, age);
  return entries.map((e) => ({
    value: e.id,
    label:
      e.priceRub === undefined
        ? e.label[locale]
        : `${e.label[locale]} — ${priceWords(e.priceRub, locale)}`,
  }));
}

/** «платная группа 1 500 ₽ в месяц» / «paid group ₽1,500 a month». */
export function priceWords(priceRub: number, locale: Locale): string {
  const amount = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB').format(priceRub);
  return locale === 'ru' ? `платная группа ${amount} ₽ в месяц` : `paid group ₽${amount} a month`;
}

/**
 * Choices that the filtering field no longer allows (the municipality changed) are
 * dropped from the draft, so the form never keeps a kindergarten of another town.
 */
export function withoutStaleChoices(
  service: Service,
  answers: DraftAnswers,
  childAge?: number,
): DraftAnswers {
  let out = answers;
  for (const f of service.form) {
    if (f.kind !== 'select' && f.kind !== 'multi-select') continue;
    if (f.source.kind !== 'directory' || f.source.filterBy === undefined) continue;
    const allowed = new Set(choicesFor(f, answers, 'ru', childAge).map((c) => c.value));
    const v = answers[f.id];
    if (f.kind === 'select' && typeof v === 'string' && v !== '' && !allowed.has(v)) {
      out = { ...out, [f.id]: '' };
    }
    if (f.kind === 'multi-select') {
      const kept = chosen(v).filter((c) => allowed.has(c));
      if (kept.length !== chosen(v).length) out = { ...out, [f.id]: kept };
    }
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === false ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

function pruneLevel(fields: readonly FormField[], values: unknown): Record<string, unknown> {
  const record = isRecord(values) ? values : {};
  const out: Record<string, unknown> = {};
  for (const f of visibleFields(fields, record)) {
    const v = record[f.id];
    if (f.kind === 'group') {
      const items = Array.isArray(v) ? v.map((item) => pruneLevel(f.fields, item)) : [];
      if (items.length > 0) out[f.id] = items;
    } else if (!isEmpty(v)) out[f.id] = v;
  }
  return out;
}

/**
 * What is sent: only this form's fields, only visible ones, only filled ones, as typed
 * (the server parses them with the same schema). Hidden fields' values are dropped.
 */
export function answersToSend(service: Service, draft: DraftAnswers): Record<string, unknown> {
  return pruneLevel(service.form, draft);
}

/** The domain's verdict on the draft, worded with the catalog's labels. */
export function checkAnswers(service: Service, draft: DraftAnswers, today: string): FieldError[] {
  const result = validateAnswers(service, answersToSend(service, draft), { today: () => today });
  return result.success ? [] : result.errors;
}

/** The first message per answer path in the reader's language. */
export function messagesByPath(errors: readonly FieldError[], locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of errors) {
    if (!out.has(e.field)) out.set(e.field, locale === 'ru' ? e.message : e.messageEn);
  }
  return out;
}

/** A server issue on an answer (`{ field, code }`), worded like the live messages. */
export function answerIssueMessage(label: string, issue: { code: string }, locale: Locale): string {
  return isErrorCode(issue.code)
    ? messageFor(issue.code, { field: label }, locale)
    : `${label}: ${issue.code}`;
}

/** The answer shown read-only: choices by their labels, ticks as «Да», dates as typed. */
export function answerText(field: FormField, value: unknown, locale: Locale): string {
  if (field.kind === 'group') return '';
  if (field.kind === 'boolean')
    return value === true ? (locale === 'ru' ? 'Да' : 'Yes') : locale === 'ru' ? 'Нет' : 'No';
  if (field.kind === 'select' || field.kind === 'multi-select') {
    const all =
      field.source.kind === 'options'
        ? field.source.options.map((o) => ({ value: o.value, label: o.label[locale] }))
        : directoryEntries(field.source.directory).map((e) => ({
            value: e.id,
            label: e.label[locale],
          }));
    const label = (v: string) => all.find((c) => c.value === v)?.label ?? v;
    if (field.kind === 'select') return typeof value === 'string' ? label(value) : '';
    return chosen(value)
      .map((v, i) => `${i + 1}. ${label(v)}`)
      .join('; ');
  }
  return textOf(value);
}
