import { describe, expect, it } from 'vitest';
import { landingAfterSignIn, safeReturnPath } from './return-to.ts';

const ORIGIN = 'https://rodnik.example';

describe('safeReturnPath', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeReturnPath('/family/child/abc?tab=2#address', ORIGIN)).toBe(
      '/family/child/abc?tab=2#address',
    );
  });

  it('refuses anything that could leave the site or loop', () => {
    for (const bad of [
      'https://evil.example/family',
      '//evil.example/family',
      '/\\evil.example',
      'javascript:alert(1)',
      'family/child',
      '/sign-in?returnTo=/family',
      '/password-reset',
      '/',
      '/family\n/x',
      '',
      null,
      undefined,
    ]) {
      expect([bad, safeReturnPath(bad, ORIGIN)]).toEqual([bad, null]);
    }
  });
});

describe('landingAfterSignIn', () => {
  const parent = { id: 'a1', role: 'parent' };

  it('returns the same account to the page that was open', () => {
    expect(
      landingAfterSignIn({
        returnTo: '/family/child/c1',
        previousAccountId: 'a1',
        account: parent,
        origin: ORIGIN,
      }),
    ).toBe('/family/child/c1');
  });

  it("sends another account home, and never a parent to an operator's page", () => {
    const base = { returnTo: '/family/child/c1', account: parent, origin: ORIGIN };
    expect(landingAfterSignIn({ ...base, previousAccountId: 'other' })).toBe('/family');
    expect(
      landingAfterSignIn({ ...base, returnTo: '/operator/applications', previousAccountId: null }),
    ).toBe('/family');
    expect(
      landingAfterSignIn({
        ...base,
        returnTo: '/family',
        previousAccountId: null,
        account: { id: 'o', role: 'operator' },
      }),
    ).toBe('/operator');
  });
});
