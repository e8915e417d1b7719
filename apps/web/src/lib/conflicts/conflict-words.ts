import {
  SERVICE_TIME_ZONE,
  type ConflictReason,
  type FieldChoice,
  type FieldConflict,
} from '@rodnik/domain';
import { formatDateTime } from '../linking/link-state.ts';
import type { Messages } from '../i18n/messages.ru.ts';

/** What a screen does with a person's choice: a write through the record's repository. */
export interface ConflictActions {
  resolve(field: string, choice: FieldChoice): void;
  dismiss(key: string): void;
}

/** The kept losing values of one field as a screen shows them beside it. */
export interface FieldConflictsSlot {
  /** The document path (`surname`, `answers.school`). */
  field: string;
  entries: FieldConflict[];
  /** Whether the record lets this field change now; if not, a value can only be copied. */
  editable: boolean;
  actions: ConflictActions;
}

/**
 * The entries shown beside the field at `path`: its own and those inside it
 * (`consent.at` beside `consent`).
 */
export function conflictsBeside(list: readonly FieldConflict[], path: string): FieldConflict[] {
  return list.filter((c) => c.field === path || c.field.startsWith(`${path}.`));
}

/** The entries no field on the screen shows, for the record's own block. */
export function conflictsElsewhere(
  list: readonly FieldConflict[],
  shown: readonly string[],
): FieldConflict[] {
  return list.filter((c) => !shown.some((path) => conflictsBeside([c], path).length > 0));
}

/** Entries of one list grouped by field, in the list's order. */
export function byField(list: readonly FieldConflict[]): [string, FieldConflict[]][] {
  const groups = new Map<string, FieldConflict[]>();
  for (const c of list) groups.set(c.field, [...(groups.get(c.field) ?? []), c]);
  return [...groups];
}

/**
 * «с этого устройства» / «с другого устройства»: `by` is the account whose
 * device lost; an entry not yet stamped by the server was made here.
 */
export function whoLost(c: FieldConflict, accountId: string | null | undefined, m: Messages) {
  return c.by === undefined || c.by === accountId
    ? m.conflictFromThisDevice
    : m.conflictFromOtherDevice;
}

/** «ДД.ММ.ГГГГ ЧЧ:ММ по Москве», or nothing for an entry without a time. */
export function lostAt(c: FieldConflict, m: Messages): string {
  if (c.at === undefined || Number.isNaN(Date.parse(c.at))) return '';
  return m.conflictMoscowTime(formatDateTime(c.at, SERVICE_TIME_ZONE));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A kept value in words: text as typed, a time in Moscow's, «пусто» for a removal. */
export function valueText(value: unknown, m: Messages): string {
  if (value === undefined || value === null || value === '') return m.conflictEmpty;
  if (typeof value === 'boolean') return value ? m.conflictYes : m.conflictNo;
  if (typeof value === 'string') {
    return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))
      ? m.conflictMoscowTime(formatDateTime(value, SERVICE_TIME_ZONE))
      : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(v, m)).join(', ');
  return JSON.stringify(value);
}

/** A consent (`{ given, at }`) as «да» / «нет»; anything else is left to `valueText`. */
export function consentWords(value: unknown, m: Messages): string | undefined {
  if (typeof value !== 'object' || value === null || !('given' in value)) return undefined;
  return value.given === true ? m.conflictYes : m.conflictNo;
}

/** What goes to the clipboard: the value itself, not its words. */
export function copyableText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(copyableText).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const REASONS: Record<ConflictReason, keyof Messages> = {
  'application-sent': 'conflictReasonApplicationSent',
  'scan-kept': 'conflictReasonScanKept',
  'card-checked': 'conflictReasonCardChecked',
  'send-quota': 'conflictReasonSendQuota',
  refused: 'conflictReasonRefused',
};

/** Why a rule refused the change, in words. */
export function reasonText(reason: ConflictReason, m: Messages): string {
  return m[REASONS[reason]] as string;
}
