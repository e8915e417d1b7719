import { describe, expect, it } from 'vitest';
import { linkFailureField } from './link-errors.ts';
import {
  accountOffer,
  birthIsoOf,
  formatDateTime,
  formatLinkCode,
  isLinkCodeShape,
  linkState,
  normalizeLinkCode,
  type LinkLike,
} from './link-state.ts';

describe('linking codes', () => {
  it('shows a code as XXXX-XXXX and reads it back however it was typed', () => {
    expect(formatLinkCode('ABCD2345')).toBe('ABCD-2345');
    expect(formatLinkCode('abcd-2345')).toBe('ABCD-2345');
    expect(normalizeLinkCode(' abcd – 2345 ')).toBe('ABCD2345');
    expect(formatLinkCode('ABC')).toBe('ABC');
  });

  it('accepts only eight characters of the unambiguous alphabet', () => {
    expect(isLinkCodeShape('abcd-2345')).toBe(true);
    expect(isLinkCodeShape('ABCD 2345')).toBe(true);
    expect(isLinkCodeShape('ABCD-234')).toBe(false);
    // 0, O, 1, I and L are not in the alphabet.
    expect(isLinkCodeShape('ABCD-2340')).toBe(false);
    expect(isLinkCodeShape('OBCD-2345')).toBe(false);
    expect(isLinkCodeShape('LBCD-2345')).toBe(false);
  });

  it('writes an expiry as ДД.ММ.ГГГГ ЧЧ:ММ in the given time zone', () => {
    expect(formatDateTime('2026-11-25T06:05:00.000Z', 'Europe/Moscow')).toBe('25.11.2026 09:05');
    expect(formatDateTime('2026-11-24T23:30:00.000Z', 'UTC')).toBe('24.11.2026 23:30');
  });
});

describe('link state', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');
  const base: LinkLike = { id: 'l1', childId: 'c1', codeRequestedAt: '2026-11-24T09:59:00.000Z' };
  const issued: LinkLike = {
    ...base,
    status: 'code-issued',
    codeIssuedAt: '2026-11-24T09:59:01.000Z',
    codeExpiresAt: '2026-11-25T09:59:01.000Z',
    code: 'ABCD2345',
  };

  it('is nothing before the parent asks', () => {
    expect(linkState(null, { pending: false, now })).toEqual({ kind: 'none' });
  });

  it('waits while the request has not left the device', () => {
    expect(linkState(base, { pending: true, now })).toEqual({ kind: 'waiting' });
    // A reissue waits too, and the old code is no longer shown.
    expect(linkState(issued, { pending: true, now }).kind).toBe('waiting');
  });

  it('is being issued once sent and until the code comes down', () => {
    expect(linkState(base, { pending: false, now })).toEqual({ kind: 'issuing' });
    expect(linkState({ ...issued, code: null }, { pending: false, now }).kind).toBe('issuing');
  });

  it('shows the code with its expiry', () => {
    expect(linkState(issued, { pending: false, now })).toEqual({
      kind: 'code',
      code: 'ABCD-2345',
      expiresAt: '2026-11-25T09:59:01.000Z',
    });
  });

  it('hides a code the parent has just replaced until the new one arrives', () => {
    const superseded = issued.codeIssuedAt!;
    expect(linkState(issued, { pending: false, now, superseded }).kind).toBe('issuing');
    const next = { ...issued, codeIssuedAt: '2026-11-24T10:00:01.000Z', code: 'QRST6789' };
    expect(linkState(next, { pending: false, now, superseded })).toMatchObject({
      kind: 'code',
      code: 'QRST-6789',
    });
  });

  it('says when the code has expired', () => {
    const later = new Date('2026-11-25T10:00:00.000Z');
    expect(linkState(issued, { pending: false, now: later })).toEqual({
      kind: 'expired',
      expiresAt: issued.codeExpiresAt,
    });
  });

  it('is linked or unlinked as the server says', () => {
    expect(
      linkState(
        { ...issued, status: 'linked', childAccountId: 'a9', code: null },
        { pending: false, now },
      ),
    ).toEqual({ kind: 'linked', childAccountId: 'a9' });
    expect(
      linkState(
        { id: 'l1', childId: 'c1', status: 'unlinked', codeRequestedAt: null },
        { pending: false, now },
      ),
    ).toEqual({ kind: 'unlinked' });
    // An unlinked account keeps the request it was linked with: it is not a code on its way.
    expect(
      linkState({ ...issued, status: 'unlinked', code: null }, { pending: false, now }),
    ).toEqual({
      kind: 'unlinked',
    });
    expect(linkState({ ...issued, status: 'unlinked' }, { pending: true, now }).kind).toBe(
      'waiting',
    );
  });
});

describe('account offer', () => {
  const today = '2026-11-24';
  it('offers nothing before the card is verified', () => {
    expect(accountOffer({ status: 'submitted', birthDate: '02.03.2011' }, today)).toBe(
      'not-verified',
    );
    expect(accountOffer({ status: 'verified' }, today)).toBe('not-verified');
  });
  it('offers a simplified account under 14 and a linking code from 14', () => {
    expect(accountOffer({ status: 'verified', birthDate: '14.05.2021' }, today)).toBe('simplified');
    expect(accountOffer({ status: 'verified', birthDate: '02.03.2011' }, today)).toBe('standard');
    // The fourteenth birthday itself counts.
    expect(accountOffer({ status: 'verified', birthDate: '24.11.2012' }, today)).toBe('standard');
    expect(accountOffer({ status: 'verified', birthDate: '25.11.2012' }, today)).toBe('simplified');
  });
  it('reads the stored birth date in either form', () => {
    expect(birthIsoOf('02.03.2011')).toBe('2011-03-02');
    expect(birthIsoOf('2011-03-02')).toBe('2011-03-02');
    expect(birthIsoOf('2.3.11')).toBeNull();
  });
});

describe('link failures', () => {
  it('go under the field they concern', () => {
    expect(linkFailureField('link-code-invalid')).toBe('code');
    expect(linkFailureField('link-code-expired')).toBe('code');
    expect(linkFailureField('link-locked')).toBe('code');
    expect(linkFailureField('link-certificate-mismatch')).toBe('number');
    expect(linkFailureField('validation-failed')).toBeNull();
    expect(linkFailureField(null)).toBeNull();
  });
});
