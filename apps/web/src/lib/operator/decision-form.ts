import type { DocumentKind, ResultPart } from '@rodnik/domain';
import type { Decision } from './operator-api.ts';

/** The operator's decision form as filled in, before it becomes a request body. */
export type DecisionForm = {
  action: 'approve' | 'reject' | 'request-info' | '';
  reason: string;
  question: string;
  fields: readonly string[];
  documentKinds: readonly DocumentKind[];
  /** What happens next, as typed on approval (dates ДД.ММ.ГГГГ, amount in roubles). */
  result?: Partial<Record<ResultKey, string>>;
  /** A refusal the family may correct: the fields to correct. */
  correctable?: boolean;
  correctFields?: readonly string[];
};

export type ResultKey =
  'place' | 'startDate' | 'referral' | 'bring' | 'byDate' | 'documentNumber' | 'amountRub';

/** The result fields the desk offers for a service's result parts. */
export function resultKeys(parts: readonly ResultPart[] | undefined): ResultKey[] {
  return (parts ?? []).map((p) => (p === 'amount' ? 'amountRub' : p));
}

export type DecisionProblem =
  'action' | 'reason' | 'question' | 'pick' | 'amountRub' | 'correctFields';

/** The request body, or what is missing (checked before sending; the server checks again). */
export function decisionBody(
  form: DecisionForm,
): { ok: true; decision: Decision } | { ok: false; problems: DecisionProblem[] } {
  switch (form.action) {
    case 'approve': {
      const result: NonNullable<Extract<Decision, { action: 'approve' }>['result']> = {};
      for (const [key, raw] of Object.entries(form.result ?? {})) {
        const text = (raw ?? '').trim();
        if (text === '') continue;
        if (key === 'amountRub') {
          const amount = Number(text.replace(/[\s\u00a0₽]/g, '').replace(',', '.'));
          if (!Number.isFinite(amount) || amount < 0) return { ok: false, problems: ['amountRub'] };
          result.amountRub = amount;
        } else result[key as Exclude<ResultKey, 'amountRub'>] = text;
      }
      return Object.keys(result).length === 0
        ? { ok: true, decision: { action: 'approve' } }
        : { ok: true, decision: { action: 'approve', result } };
    }
    case 'reject': {
      const reason = form.reason.trim();
      const problems: DecisionProblem[] = [];
      if (reason === '') problems.push('reason');
      const fields = form.correctFields ?? [];
      if (form.correctable && fields.length === 0) problems.push('correctFields');
      if (problems.length > 0) return { ok: false, problems };
      return {
        ok: true,
        decision: {
          action: 'reject',
          reason,
          ...(form.correctable ? { correctable: { fields: [...fields], documentKinds: [] } } : {}),
        },
      };
    }
    case 'request-info': {
      const question = form.question.trim();
      const problems: DecisionProblem[] = [];
      if (question === '') problems.push('question');
      if (form.fields.length === 0 && form.documentKinds.length === 0) problems.push('pick');
      return problems.length > 0
        ? { ok: false, problems }
        : {
            ok: true,
            decision: {
              action: 'request-info',
              question,
              fields: [...form.fields],
              documentKinds: [...form.documentKinds],
            },
          };
    }
    default:
      return { ok: false, problems: ['action'] };
  }
}

/** The statuses an operator may decide on (a resend the server has not yet taken back into review counts). */
export function isDecidable(status: string): boolean {
  return status === 'in_review' || status === 'resubmitted';
}
