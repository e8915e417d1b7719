import { describe, expect, it } from 'vitest';
import { decisionBody, isDecidable, type DecisionForm, resultKeys } from './decision-form.ts';

const empty: DecisionForm = { action: '', reason: '', question: '', fields: [], documentKinds: [] };

describe('operator decision form', () => {
  it('approves with no more to say', () => {
    expect(decisionBody({ ...empty, action: 'approve' })).toEqual({
      ok: true,
      decision: { action: 'approve' },
    });
  });

  it('needs a reason to reject, trimmed', () => {
    expect(decisionBody({ ...empty, action: 'reject', reason: '  ' })).toEqual({
      ok: false,
      problems: ['reason'],
    });
    expect(decisionBody({ ...empty, action: 'reject', reason: ' Нет мест ' })).toEqual({
      ok: true,
      decision: { action: 'reject', reason: 'Нет мест' },
    });
  });

  it('needs a question and at least one field or document kind to ask for more', () => {
    expect(decisionBody({ ...empty, action: 'request-info' })).toEqual({
      ok: false,
      problems: ['question', 'pick'],
    });
    expect(
      decisionBody({
        ...empty,
        action: 'request-info',
        question: 'Уточните дату',
        fields: ['startDate'],
      }),
    ).toEqual({
      ok: true,
      decision: {
        action: 'request-info',
        question: 'Уточните дату',
        fields: ['startDate'],
        documentKinds: [],
      },
    });
  });

  it('asks for an action first', () => {
    expect(decisionBody(empty)).toEqual({ ok: false, problems: ['action'] });
  });

  it('lets an operator decide only applications under review', () => {
    expect(isDecidable('in_review')).toBe(true);
    expect(isDecidable('needs_info')).toBe(false);
    expect(isDecidable('approved')).toBe(false);
  });
});

describe('what happens next, and what may be corrected', () => {
  const base = { action: '' as const, reason: '', question: '', fields: [], documentKinds: [] };

  it('sends the result parts typed on approval, the amount as a number', () => {
    expect(
      decisionBody({
        ...base,
        action: 'approve',
        result: {
          place: ' Детский сад № 17 ',
          startDate: '01.09.2027',
          amountRub: '8 450,50',
          bring: '',
        },
      }),
    ).toEqual({
      ok: true,
      decision: {
        action: 'approve',
        result: { place: 'Детский сад № 17', startDate: '01.09.2027', amountRub: 8450.5 },
      },
    });
    expect(decisionBody({ ...base, action: 'approve', result: { amountRub: 'много' } })).toEqual({
      ok: false,
      problems: ['amountRub'],
    });
    expect(decisionBody({ ...base, action: 'approve' })).toEqual({
      ok: true,
      decision: { action: 'approve' },
    });
  });

  it('a correctable refusal names its fields', () => {
    const reject = { ...base, action: 'reject' as const, reason: 'Нет мест', correctable: true };
    expect(decisionBody(reject)).toEqual({ ok: false, problems: ['correctFields'] });
    expect(decisionBody({ ...reject, correctFields: ['startDate'] })).toEqual({
      ok: true,
      decision: {
        action: 'reject',
        reason: 'Нет мест',
        correctable: { fields: ['startDate'], documentKinds: [] },
      },
    });
    expect(resultKeys(['place', 'amount'])).toEqual(['place', 'amountRub']);
  });
});
