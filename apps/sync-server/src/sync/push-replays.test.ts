import { REPLAYED_MARKER } from '@rodnik/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

// Replays (docs/sync-rules.md): a push row arriving again after its answer was lost.

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire documents
type Wire = any;

async function push(rows: unknown[]): Promise<Wire[]> {
  const answer = await call(server.app, 'POST', '/api/v1/sync/children/push', rows, parent.token);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json;
}

async function pull(id: string): Promise<Wire> {
  const page = await call(
    server.app,
    'GET',
    '/api/v1/sync/children/pull?after=0&limit=100',
    undefined,
    parent.token,
  );
  return page.json.documents.find((doc: Wire) => doc.id === id);
}

async function liveCard(): Promise<Wire> {
  const id = newDocId();
  const card = { ...childCardDoc(parent.familyId, id), serverSeq: 0, deletedAt: null };
  expect(await push([{ newDocumentState: card }])).toEqual([]);
  return pull(id);
}

describe('a replayed push', () => {
  it('does not undo a later restore of what it deleted: it answers the master, marked replayed', async () => {
    const live = await liveCard();
    const deletion = { ...live, deletedAt: '2026-11-24T10:00:00.000Z' };
    // Phone 1 deletes; its answer is lost.
    expect(await push([{ assumedMasterState: live, newDocumentState: deletion }])).toEqual([]);
    const deleted = await pull(live.id);
    // Phone 2 saw the deletion and restores: the card's contents are as before the deletion.
    const restore = { ...deleted, deletedAt: null };
    expect(await push([{ assumedMasterState: deleted, newDocumentState: restore }])).toEqual([]);
    const restored = await pull(live.id);

    // Phone 1 replays its deletion, still assuming the state before it.
    const answer = await push([{ assumedMasterState: live, newDocumentState: deletion }]);

    const after = await pull(live.id);
    expect(after).toEqual(restored);
    expect(answer).toEqual([{ ...restored, [REPLAYED_MARKER]: true }]);
  });

  it('of the latest write answers the master as it is, unmarked', async () => {
    const live = await liveCard();
    const edit = { ...live, birthPlace: 'г. Торжок' };
    expect(await push([{ assumedMasterState: live, newDocumentState: edit }])).toEqual([]);
    const edited = await pull(live.id);

    const answer = await push([{ assumedMasterState: live, newDocumentState: edit }]);

    expect(answer).toEqual([edited]);
    expect(await pull(live.id)).toEqual(edited);
  });
});
