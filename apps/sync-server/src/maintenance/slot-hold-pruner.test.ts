import { serviceToday } from '@rodnik/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { slotHoldPruner } from './slot-hold-pruner.ts';

let server: TestServer;
afterEach(() => server.close());

describe('the past slot holds pruner', () => {
  it('drops holds of slots from before today in Moscow and keeps today’s and later ones', async () => {
    server = await startTestServer();
    const today = serviceToday(server.clock.now());
    const day = (offset: number) => {
      const date = new Date(`${today}T12:00:00.000Z`);
      date.setUTCDate(date.getUTCDate() + offset);
      return date.toISOString().slice(0, 10);
    };
    const hold = (start: string, applicationId: string) => ({
      doctorId: 'doc-1',
      start,
      applicationId,
      familyId: 'fam-1',
      heldAt: server.clock.now().toISOString(),
    });
    await server.store.transaction(async (tx) => {
      await tx.holdSlot(hold(`${day(-1)}T19:40`, 'yesterday'));
      await tx.holdSlot(hold(`${today}T08:00`, 'today'));
      await tx.holdSlot(hold(`${day(1)}T08:00`, 'tomorrow'));
    });
    const pruner = slotHoldPruner({
      store: server.store,
      clock: server.clock,
      logger: server.parts.deps.logger,
    });
    await pruner.drain();
    const left = await server.store.listSlotHolds(['doc-1'], day(-7), day(7));
    expect(left.map((h) => h.applicationId)).toEqual(['today', 'tomorrow']);
  });
});
