import { describe, expect, it } from 'vitest';
import { linkFailureField } from './link-errors.ts';
import {
  accountOffer,
  currentLink,
  birthIsoOf,
  formatDateTime,
  formatLinkCode,
  isLinkCodeShape,
  linkState,
  normalizeLinkCode,
  standardAccountFrom,
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
    // Moscow's when none is given, like every other time the app shows.
    expect(formatDateTime('2026-11-24T23:30:00.000Z')).toBe('25.11.2026 02:30');
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
    expect(linkFailureField('link-code-replaced')).toBe('code');
    expect(linkFailureField('link-code-not-requested')).toBe('number');
    expect(linkFailureField('link-code-pending')).toBeNull();
    expect(linkFailureField('validation-failed')).toBeNull();
    expect(linkFailureField(null)).toBeNull();
  });
});

describe('link state with the parent’s confirmation', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');
  const asked: LinkLike = {
    id: 'l1',
    childId: 'c1',
    codeRequestedAt: '2026-11-24T09:59:00.000Z',
    status: 'pending',
    serverSeq: 12,
  };

  it('says the code waits for the confirmation, never «готовится», to an unconfirmed parent', () => {
    expect(linkState(asked, { pending: false, now, confirmed: false })).toEqual({
      kind: 'needs-confirmation',
    });
  });

  it('tells a confirmed parent a request was left unanswered, so asking is offered', () => {
    expect(linkState(asked, { pending: false, now, confirmed: true })).toEqual({
      kind: 'not-issued',
    });
    // Just asked from this device: the answer is on its way.
    const justAsked = asked.codeRequestedAt;
    expect(linkState(asked, { pending: false, now, confirmed: true, justAsked }).kind).toBe(
      'issuing',
    );
    // Never seen by the server yet, or confirmation not known yet: on its way.
    expect(
      linkState({ ...asked, serverSeq: 0 }, { pending: false, now, confirmed: true }).kind,
    ).toBe('issuing');
    expect(linkState(asked, { pending: false, now }).kind).toBe('issuing');
  });
});

describe('the link a child’s screen shows', () => {
  const link = (id: string, fields: Partial<LinkLike>): LinkLike => ({
    id,
    childId: 'c1',
    ...fields,
  });

  it('is the one holding the code, not the oldest document (two devices each made one)', () => {
    const older = link('a', { status: 'pending', codeRequestedAt: '2026-11-24T09:00:00.000Z' });
    const holder = link('b', {
      status: 'code-issued',
      codeRequestedAt: '2026-11-24T09:01:00.000Z',
      codeIssuedAt: '2026-11-24T09:01:01.000Z',
      code: 'ABCD2345',
    });
    expect(currentLink([older, holder])?.id).toBe('b');
    expect(currentLink([holder, older])?.id).toBe('b');
  });

  it('is a linked one first, else the latest request, else the oldest document', () => {
    const linked = link('z', { status: 'linked' });
    const asked = link('b', { status: 'pending', codeRequestedAt: '2026-11-24T09:02:00.000Z' });
    const earlier = link('a', { status: 'pending', codeRequestedAt: '2026-11-24T09:01:00.000Z' });
    expect(currentLink([asked, linked, earlier])?.id).toBe('z');
    expect(currentLink([earlier, asked])?.id).toBe('b');
    expect(currentLink([link('b', {}), link('a', {})])?.id).toBe('a');
    expect(currentLink([])).toBeNull();
  });
});

describe('the day a simplified account’s child turns 14', () => {
  it('is the 14th birthday, and for 29 February the day the age rule says 14 (28 February, Civil Code art. 192)', () => {
    expect(standardAccountFrom('2019-09-01')).toBe('2033-09-01');
    expect(standardAccountFrom('2012-02-29')).toBe('2026-02-28');
    expect(standardAccountFrom('2016-02-29')).toBe('2030-02-28');
    expect(standardAccountFrom('nonsense')).toBeNull();
    expect(accountOffer({ status: 'verified', birthDate: '01.09.2019' }, '2033-08-31')).toBe(
      'simplified',
    );
    expect(accountOffer({ status: 'verified', birthDate: '01.09.2019' }, '2033-09-01')).toBe(
      'standard',
    );
  });
});
