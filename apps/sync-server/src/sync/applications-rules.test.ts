import { describe, expect, it } from 'vitest';
import { judgeApplicationPush } from './applications-rules.ts';

const NOW = '2026-12-07T09:00:00.000Z';
const sent = {
  status: 'submitted',
  serviceId: 'kindergarten-enrolment',
  childId: 'c1',
  answers: { district: 'Центральный' },
  documentIds: [],
  consent: { given: true, at: NOW },
  submittedAt: '2026-12-06T09:00:00.000Z',
  withdrawnAt: null,
  correctsId: null,
  reply: null,
};

describe('an application push', () => {
  it('refuses a written reply while no question is open', () => {
    const outcome = judgeApplicationPush(sent, { ...sent, reply: 'Вот ответ' }, NOW);
    expect(outcome.kind).toBe('refused');
  });

  it('takes a written reply while the operator asks', () => {
    const asked = { ...sent, status: 'needs_info', infoRequest: { fields: [] } };
    const outcome = judgeApplicationPush(
      asked,
      { ...asked, reply: 'Справка будет в понедельник' },
      NOW,
    );
    expect(outcome).toMatchObject({
      kind: 'write',
      data: { reply: 'Справка будет в понедельник' },
    });
  });

  it('freezes what a corrected copy stands for once it is sent', () => {
    const copy = { ...sent, correctsId: 'refused-1' };
    expect(judgeApplicationPush(copy, { ...copy, correctsId: 'other' }, NOW).kind).toBe('refused');
    const draft = { ...copy, status: 'draft', submittedAt: null };
    expect(judgeApplicationPush(draft, { ...draft, correctsId: null }, NOW).kind).toBe('write');
  });
});
