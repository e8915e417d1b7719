import type { DocumentKind } from '@rodnik/domain';
import type { Decision } from './operator-api.ts';

/** The operator's decision form as filled in, before it becomes a request body. */
export type DecisionForm = {
  action: 'approve' | 'reject' | 'request-info' | '';
  reason: string;
  question: string;
  fields: readonly string[];
  documentKinds: readonly DocumentKind[];
};

export type DecisionProblem = 'action' | 'reason' | 'question' | 'pick';

/** The request body, or what is missing (checked before sending; the server checks again). */
export function decisionBody(
  form: DecisionForm,
): { ok: true; decision: Decision } | { ok: false; problems: DecisionProblem[] } {
  switch (form.action) {
    case 'approve':
      return { ok: true, decision: { action: 'approve' } };
    case 'reject': {
      const reason = form.reason.trim();
      return reason === ''
        ? { ok: false, problems: ['reason'] }
        : { ok: true, decision: { action: 'reject', reason } };
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
