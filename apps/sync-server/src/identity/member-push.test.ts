import { describe, expect, it } from 'vitest';
import { MARIA_PASSPORT } from '../test-support/identity.ts';
import { applyIdentitySubmission, refusesMemberPush } from './member-push.ts';

const SUBMITTED = '2026-11-24T09:00:00.000Z';
const NOW = '2026-11-24T10:00:00.000Z';

function member(status: string): Record<string, unknown> {
  return {
    accountId: 'account',
    passport: MARIA_PASSPORT,
    identitySubmittedAt: SUBMITTED,
    identity: { status, submittedAt: SUBMITTED, checkedAt: null, issues: [] },
  };
}

describe('a member push and the identity machine', () => {
  it.each(['submitted', 'confirmed'])('refuses a quiet change of a %s passport', (status) => {
    const before = member(status);
    const after = { ...before, passport: { ...MARIA_PASSPORT, number: '100003' } };
    expect(refusesMemberPush(before, after)).toBe(true);
  });

  it.each(['none', 'rejected'])('lets a passport change as a draft when %s', (status) => {
    const before = member(status);
    const after = { ...before, passport: { ...MARIA_PASSPORT, number: '100003' } };
    expect(refusesMemberPush(before, after)).toBe(false);
  });

  it('takes a change of a confirmed passport with a new request as a new check', () => {
    const before = member('confirmed');
    const after = { ...before, passport: MARIA_PASSPORT, identitySubmittedAt: NOW };
    expect(refusesMemberPush(before, after)).toBe(false);
    expect(applyIdentitySubmission('member', after)).toMatchObject({
      data: { identity: { status: 'submitted', submittedAt: NOW } },
      verify: { memberId: 'member', submittedAt: NOW },
    });
  });
});
