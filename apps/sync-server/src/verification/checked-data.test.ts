import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { gatedRegistry } from '../test-support/gated-registry.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * A card's verdict stands for the data it checked (issue 12, «Status-bearing
 * records change only through their machines»): on both stores.
 */
describe.each(['sqlite', 'postgresql'] as const)('checked card data on %s', (store) => {
  let server: TestServer;
  let parent: SignedIn;
  let registry: ReturnType<typeof gatedRegistry>;
  beforeEach(async () => {
    registry = gatedRegistry();
    server = await startTestServer({ store, registry });
    parent = await signUpAndSignIn(server.app);
  });
  afterEach(async () => {
    registry.releaseAll();
    await server.close();
  });

  const SUBMITTED = '2026-11-24T09:00:00.000Z';
  const RESUBMITTED = '2026-11-24T09:30:00.000Z';
  /** Another surname, birth date and certificate number: what the attack pushed. */
  const REWRITE = {
    surname: 'Петрова',
    birthDate: '15.05.2021',
    birthCertificate: {
      kind: 'ru',
      series: 'IV-МЮ',
      number: '100002',
      issueDate: '20.05.2021',
      issuedBy: 'Отдел ЗАГС Калининского района',
    },
  };

  async function submitCard(): Promise<string> {
    const id = newDocId();
    const pushed = await push([
      { newDocumentState: childCardDoc(parent.familyId, id, { submittedAt: SUBMITTED }) },
    ]);
    expect(pushed.json).toEqual([]);
    return id;
  }

  function push(rows: unknown[]) {
    return call(server.app, 'POST', '/api/v1/sync/children/push', rows, parent.token);
  }

  async function card(id: string) {
    const pulled = await call(
      server.app,
      'GET',
      '/api/v1/sync/children/pull?after=0',
      undefined,
      parent.token,
    );
    return pulled.json.documents.find((doc: { id: string }) => doc.id === id);
  }

  /** A device's edit of the card as it pulled it, on top of what it saw. */
  async function edit(id: string, fields: Record<string, unknown>) {
    const master = await card(id);
    const pushed = await push([
      { assumedMasterState: master, newDocumentState: { ...master, ...fields } },
    ]);
    expect(pushed.status).toBe(200);
    return pushed.json as { id: string; status: string; surname: string }[];
  }

  it('refuses a quiet rewrite of a verified card: the device gets the verified card back', async () => {
    const id = await submitCard();
    await server.parts.worker.drain();
    expect((await card(id)).status).toBe('verified');

    const answer = await edit(id, REWRITE);
    expect(answer).toEqual([
      expect.objectContaining({ id, status: 'verified', surname: 'Иванова' }),
    ]);
    await server.parts.worker.drain();
    expect(await card(id)).toMatchObject({
      status: 'verified',
      surname: 'Иванова',
      birthDate: '14.05.2021',
      birthCertificate: expect.objectContaining({ number: '100001' }),
    });
  });

  it('sends a changed verified card back through verification when the device resubmits it', async () => {
    const id = await submitCard();
    await server.parts.worker.drain();

    const held = registry.hold();
    expect(await edit(id, { ...REWRITE, submittedAt: RESUBMITTED })).toEqual([]);
    await held.asked;
    expect(await card(id)).toMatchObject({
      status: 'verifying',
      surname: 'Петрова',
      verification: { submittedAt: RESUBMITTED, checkedAt: null, issues: [] },
    });
    held.release();
    await server.parts.worker.drain();
    const checked = await card(id);
    // The new data was checked: the registry holds this certificate for someone else.
    expect(checked.status).toBe('needs_correction');
    expect(checked.verification.submittedAt).toBe(RESUBMITTED);
    expect(checked.statusHistory.map((entry: { status: string }) => entry.status)).toEqual([
      'submitted',
      'verifying',
      'verified',
      'submitted',
      'verifying',
      'needs_correction',
    ]);
  });

  it('refuses a quiet edit while the card is being verified, and the verdict is for the data checked', async () => {
    const held = registry.hold();
    const id = await submitCard(); // the push starts the check
    await held.asked; // the check has read the card and asked the registry
    expect((await card(id)).status).toBe('verifying');

    const answer = await edit(id, REWRITE);
    expect(answer).toEqual([
      expect.objectContaining({ id, status: 'verifying', surname: 'Иванова' }),
    ]);
    held.release();
    await server.parts.worker.drain();
    expect(await card(id)).toMatchObject({ status: 'verified', surname: 'Иванова' });
  });

  it('drops a verdict whose card changed after the check read it, and checks the card again', async () => {
    const held = registry.hold();
    const id = await submitCard(); // the push starts the check
    await held.asked;
    // Any writer past the push rules (another instance, a future operator tool): the data moves.
    await server.store.transaction(async (tx) => {
      const doc = await tx.getDoc('children', id);
      if (!doc) throw new Error('no card');
      await tx.putDoc({ ...doc, data: { ...doc.data, surname: 'Петрова' } });
    });
    held.release();
    await server.parts.worker.drain();

    const checked = await card(id);
    expect(checked).toMatchObject({ status: 'needs_correction', surname: 'Петрова' });
    expect(checked.verification.issues).toEqual([
      { field: 'surname', code: 'registry-name-mismatch' },
    ]);
    // One verdict, for the data the card holds: the dropped one left no trace.
    expect(checked.statusHistory.map((entry: { status: string }) => entry.status)).toEqual([
      'submitted',
      'verifying',
      'needs_correction',
    ]);
  });

  it('lets a card asked to be corrected change as a draft before it is sent again', async () => {
    const id = newDocId();
    await push([
      {
        newDocumentState: childCardDoc(parent.familyId, id, {
          surname: 'Петрова',
          submittedAt: SUBMITTED,
        }),
      },
    ]);
    await server.parts.worker.drain();
    expect((await card(id)).status).toBe('needs_correction');
    expect(await edit(id, { surname: 'Иванова' })).toEqual([]);
    expect(await card(id)).toMatchObject({ status: 'needs_correction', surname: 'Иванова' });
  });

  it('never refuses a change to the conflicts list or a deletion of a verified card', async () => {
    const id = await submitCard();
    await server.parts.worker.drain();
    const kept = {
      field: 'surname',
      localValue: 'Петрова',
      remoteValue: 'Иванова',
      at: '2026-11-24T09:40:00.000Z',
      by: parent.accountId,
      reason: 'refused',
    };
    expect(await edit(id, { conflicts: [kept] })).toEqual([]);
    expect(await edit(id, { deletedAt: '2026-11-24T09:45:00.000Z' })).toEqual([]);
    expect(await card(id)).toMatchObject({
      status: 'verified',
      conflicts: [kept],
      deletedAt: '2026-11-24T09:45:00.000Z',
    });
  });
});
