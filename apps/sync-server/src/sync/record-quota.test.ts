import { FAMILY_RECORD_LIMITS } from '@rodnik/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { applicationDoc } from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * A family's records on the server are bounded (issue 12): one family cannot
 * fill the store every family shares with drafts. The push that would cross
 * the limit is refused whole with 429 `record-quota` (the device keeps it and
 * retries); deleting drafts is the way out.
 */

const MAX = FAMILY_RECORD_LIMITS.applications;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function push(server: TestServer, who: SignedIn, rows: unknown[]) {
  return call(server.app, 'POST', '/api/v1/sync/applications/push', rows, who.token);
}

const draft = (who: SignedIn, id = newDocId(), fields: Record<string, unknown> = {}) => ({
  newDocumentState: applicationDoc(who.familyId, id, null, fields),
});

async function drafts(server: TestServer, who: SignedIn) {
  const page = await call(
    server.app,
    'GET',
    '/api/v1/sync/applications/pull?after=0&limit=500',
    undefined,
    who.token,
  );
  return page.json.documents as Record<string, unknown>[];
}

describe('the family record quota', () => {
  it('refuses the draft over the limit with 429 record-quota, naming the kind and the limit', async () => {
    const server = await startTestServer();
    closers.push(() => server.close());
    const parent = await signUpAndSignIn(server.app);
    const full = Array.from({ length: MAX }, () => draft(parent));
    expect((await push(server, parent, full)).status).toBe(200);

    const over = await push(server, parent, [draft(parent)]);
    expect(over.status).toBe(429);
    expect(over.json.error).toMatchObject({
      code: 'record-quota',
      params: { collection: 'applications', max: MAX },
    });
    expect(over.json.error.message).toMatch(/черновиков заявлений/);
    expect(await drafts(server, parent)).toHaveLength(MAX);
  });

  it('lets a batch through that deletes as many drafts as it creates', async () => {
    const server = await startTestServer();
    closers.push(() => server.close());
    const parent = await signUpAndSignIn(server.app);
    expect(
      (
        await push(
          server,
          parent,
          Array.from({ length: MAX }, () => draft(parent)),
        )
      ).status,
    ).toBe(200);
    const [oldest] = await drafts(server, parent);
    const trashed = {
      assumedMasterState: oldest,
      newDocumentState: { ...oldest, deletedAt: server.clock.now().toISOString() },
    };
    const answer = await push(server, parent, [draft(parent), trashed]);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual([]);
  });

  it('counts per family: another family keeps its own room', async () => {
    const server = await startTestServer();
    closers.push(() => server.close());
    const [first, second] = [await signUpAndSignIn(server.app), await signUpAndSignIn(server.app)];
    expect(
      (
        await push(
          server,
          first,
          Array.from({ length: MAX }, () => draft(first)),
        )
      ).status,
    ).toBe(200);
    expect((await push(server, second, [draft(second)])).status).toBe(200);
  });
});
