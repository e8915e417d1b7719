import { formatDateRu, type DecisionResult } from '@rodnik/domain';
import type { Messages } from '../i18n/messages.ru.ts';

type ResultWords = Pick<
  Messages,
  | 'result_place'
  | 'result_startDate'
  | 'result_referral'
  | 'result_bring'
  | 'result_byDate'
  | 'result_documentNumber'
  | 'result_amountRub'
  | 'amountRub'
>;

const KEYS = [
  'place',
  'startDate',
  'referral',
  'bring',
  'byDate',
  'documentNumber',
  'amountRub',
] as const;

/** A decision's result as label–value rows (the application page and the receipt say the same). */
export function resultRows(
  result: Partial<DecisionResult> | null | undefined,
  m: ResultWords,
): { key: string; label: string; value: string }[] {
  if (!result) return [];
  const out: { key: string; label: string; value: string }[] = [];
  for (const key of KEYS) {
    const raw = result[key];
    if (raw === null || raw === undefined || raw === '') continue;
    const value =
      key === 'startDate' || key === 'byDate'
        ? formatDateRu(String(raw))
        : key === 'amountRub'
          ? m.amountRub(Number(raw))
          : String(raw);
    out.push({ key, label: m[`result_${key}`], value });
  }
  return out;
}
