import { describe, expect, it } from 'vitest';
import { childCardDoc } from '../test-support/child-cards.ts';
import { applyChildSubmission, cardData, refusesChildPush } from './children-rules.ts';

const SUBMITTED = '2026-11-24T09:00:00.000Z';
const NOW = '2026-11-24T10:00:00.000Z';

/** A stored card in `status`, answering the submission it was sent with. */
function stored(status: string): Record<string, unknown> {
  return {
    ...childCardDoc('family', 'card', { submittedAt: SUBMITTED }),
    status,
    statusHistory: [],
    verification: { submittedAt: SUBMITTED, checkedAt: null, issues: [] },
  };
}

describe('a card push and the status machine', () => {
  it.each(['submitted', 'verifying', 'verified'])(
    'refuses a quiet change of the data of a %s card',
    (status) => {
      const before = stored(status);
      expect(refusesChildPush(before, { ...before, surname: 'Петрова' })).toBe(true);
      expect(
        refusesChildPush(before, { ...before, birthCertificate: { kind: 'ru', number: '1' } }),
      ).toBe(true);
    },
  );

  it.each(['draft', 'needs_correction'])('lets a %s card change as a draft', (status) => {
    const before = stored(status);
    expect(refusesChildPush(before, { ...before, surname: 'Петрова' })).toBe(false);
  });

  it('takes a change of a verified card with a new submittedAt as a resubmission', () => {
    const before = stored('verified');
    const after = { ...before, surname: 'Петрова', submittedAt: NOW };
    expect(refusesChildPush(before, after)).toBe(false);
    const outcome = applyChildSubmission('card', before, after, NOW);
    expect(outcome.verify).toEqual({ childId: 'card', submittedAt: NOW });
    expect(outcome.data).toMatchObject({
      status: 'submitted',
      verification: { submittedAt: NOW, checkedAt: null, issues: [] },
    });
  });

  it('never refuses the conflicts list or deletedAt: they are not the checked data', () => {
    const before = stored('verified');
    const after = { ...before, conflicts: [], deletedAt: NOW, submittedAt: SUBMITTED };
    expect(cardData(after)).toEqual(cardData(before));
    expect(refusesChildPush(before, after)).toBe(false);
  });
});
