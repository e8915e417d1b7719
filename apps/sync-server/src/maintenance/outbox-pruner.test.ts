import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { OUTBOX_RETENTION_MS, outboxPruner } from './outbox-pruner.ts';

let server: TestServer;
afterEach(() => server.close());

describe('the outbox pruner', () => {
  it('drops messages (and the codes in them) older than a day, keeping newer ones', async () => {
    server = await startTestServer();
    const now = server.clock.now().getTime();
    const at = (ago: number) => new Date(now - ago).toISOString();
    await server.store.transaction(async (tx) => {
      const base = { channel: 'sms' as const, to: '+79001234567', purpose: 'sign-in' };
      await tx.addOutbox({
        ...base,
        id: 'old',
        text: 'Код 111111',
        createdAt: at(OUTBOX_RETENTION_MS + 1),
      });
      await tx.addOutbox({ ...base, id: 'fresh', text: 'Код 222222', createdAt: at(60_000) });
    });
    const pruner = outboxPruner({
      store: server.store,
      clock: server.clock,
      logger: server.parts.deps.logger,
    });
    await pruner.drain();
    expect((await server.store.listOutbox(10)).map((m) => m.id)).toEqual(['fresh']);
  });
});
