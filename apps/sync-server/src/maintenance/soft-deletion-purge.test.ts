import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { applicationDoc, putDocumentRecord } from '../test-support/applications.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { SOFT_DELETION_KEEP_MS } from './soft-deletion-purge.ts';

let server: TestServer;
let parent: SignedIn;

// The purge writes tombstones and queues jobs: it runs on both adapters.
describe.each(['sqlite', 'postgresql'] as const)('the soft-deletion purge on %s', (store) => {
  beforeEach(async () => {
    // The parent's session outlives the 30 days the tests move the clock by.
    server = await startTestServer({ store, env: { SESSION_TTL_HOURS: String(24 * 90) } });
    parent = await signUpAndSignIn(server.app);
  });
  afterEach(async () => {
    await server.close();
  });

  const MINUTE = 60_000;

  async function push(collection: string, rows: unknown[]) {
    const pushed = await call(
      server.app,
      'POST',
      `/api/v1/sync/${collection}/push`,
      rows,
      parent.token,
    );
    expect(pushed.json).toEqual([]);
  }
  /** Pushes a new record, as a device does. */
  async function write(collection: 'children' | 'applications', doc: Record<string, unknown>) {
    await push(collection, [{ newDocumentState: doc }]);
  }
  /** Deletes (`deletedAt`) or restores (`null`) a record from its current state. */
  async function setDeletedAt(
    collection: 'children' | 'applications',
    id: string,
    deletedAt: string | null,
  ) {
    const master = await server.store.getDoc(collection, id);
    const seen = { ...master!.data, id, familyId: parent.familyId, serverSeq: master!.seq };
    await push(collection, [
      { assumedMasterState: seen, newDocumentState: { ...seen, deletedAt } },
    ]);
  }
  /** Moves the clock and lets every due job run. */
  async function after(ms: number) {
    server.clock.advance(ms);
    await server.parts.worker.drain();
  }
  const isTombstone = async (collection: 'children' | 'applications' | 'documents', id: string) =>
    (await server.store.getDoc(collection, id))?.deleted;

  it('turns a card deleted 30 days ago into a tombstone and takes its scans along', async () => {
    const card = newDocId();
    await write('children', childCardDoc(parent.familyId, card));
    const scan = await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'birth-certificate',
      childId: card,
    });
    await setDeletedAt('children', card, server.clock.now().toISOString());

    await after(SOFT_DELETION_KEEP_MS - MINUTE);
    expect(await isTombstone('children', card)).toBe(false);
    expect(await isTombstone('documents', scan)).toBe(false);

    await after(2 * MINUTE);
    expect(await isTombstone('children', card)).toBe(true);
    expect(await isTombstone('documents', scan)).toBe(true);
  });

  it('leaves a card restored in time, and counts from a second deletion anew', async () => {
    const card = newDocId();
    await write('children', childCardDoc(parent.familyId, card));
    await setDeletedAt('children', card, '2026-11-24T09:00:00.000Z');
    await after(10 * 24 * 60 * MINUTE);
    await setDeletedAt('children', card, null);
    await after(10 * 24 * 60 * MINUTE);
    await setDeletedAt('children', card, '2026-12-14T09:00:00.000Z');

    // 30 days after the first deletion: restored since, so nothing happens.
    await after(10 * 24 * 60 * MINUTE + MINUTE);
    expect(await isTombstone('children', card)).toBe(false);
    // 30 days after the second.
    await after(SOFT_DELETION_KEEP_MS);
    expect(await isTombstone('children', card)).toBe(true);
  });

  it('counts the 30 days on the server’s clock, whatever the device’s clock said', async () => {
    const card = newDocId();
    await write('children', childCardDoc(parent.familyId, card));
    // A phone whose clock is a year behind.
    await setDeletedAt('children', card, '2025-11-24T09:00:00.000Z');
    await after(MINUTE);
    expect(await isTombstone('children', card)).toBe(false);
  });

  it('refuses, rather than forbids, a new link or draft naming a purged card', async () => {
    const card = newDocId();
    await write('children', childCardDoc(parent.familyId, card));
    await setDeletedAt('children', card, '2026-11-24T09:00:00.000Z');
    await after(SOFT_DELETION_KEEP_MS + MINUTE);
    expect(await isTombstone('children', card)).toBe(true);

    // Made offline before the phone heard of the purge: the rows are refused, the batch goes.
    const link = { id: newDocId(), familyId: parent.familyId, childId: card };
    const draft = applicationDoc(parent.familyId, newDocId(), card);
    await push('links', [{ newDocumentState: { ...link, codeRequestedAt: null } }]);
    await push('applications', [{ newDocumentState: draft }]);
    expect(await server.store.getDoc('links', link.id)).toBeNull();
    expect(await server.store.getDoc('applications', draft.id)).toBeNull();
  });

  it('purges a deleted draft and the scans attached to it', async () => {
    const draft = newDocId();
    await write(
      'applications',
      applicationDoc(parent.familyId, draft, null, { deletedAt: '2026-11-24T09:00:00.000Z' }),
    );
    const scan = await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'medical-record',
      applicationId: draft,
    });
    await after(SOFT_DELETION_KEEP_MS + MINUTE);
    expect(await isTombstone('applications', draft)).toBe(true);
    expect(await isTombstone('documents', scan)).toBe(true);
  });
});
