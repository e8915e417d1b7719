import { describe, expect, it } from 'vitest';
import { fixturePayments } from './fixture-payments.ts';

describe('the fixture payments adapter', () => {
  it('schedules a payout monthly: past paydays paid, the next one scheduled', async () => {
    const payments = fixturePayments();
    const opened = new Date('2026-11-24T09:00:00Z');
    await payments.open({ reference: '2026-000001', kind: 'payout', amountRub: 8450 }, opened);
    const later = await payments.status('2026-000001', new Date('2027-01-10T09:00:00Z'));
    expect(later?.history.map((h) => [h.at.slice(0, 10), h.status])).toEqual([
      ['2026-12-05', 'paid'],
      ['2027-01-05', 'paid'],
      ['2027-02-05', 'scheduled'],
    ]);
  });

  it('opens a charge once; it waits for payment until paid', async () => {
    const payments = fixturePayments();
    const now = new Date('2026-11-24T09:00:00Z');
    const request = { reference: '2026-000002', kind: 'charge' as const, amountRub: 2500 };
    expect((await payments.open(request, now)).status).toBe('awaiting-payment');
    expect((await payments.open({ ...request, amountRub: 1 }, now)).amountRub).toBe(2500);
    payments.pay('2026-000002', new Date('2026-11-25T09:00:00Z'));
    const paid = await payments.status('2026-000002', new Date('2026-11-26T09:00:00Z'));
    expect(paid?.status).toBe('paid');
    expect(paid?.history.map((h) => h.status)).toEqual(['awaiting-payment', 'paid']);
    expect(await payments.status('nope', now)).toBeNull();
  });
});
