import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { gatedRegistry } from '../test-support/gated-registry.ts';
import {
  confirmIdentity,
  MARIA_PASSPORT,
  ownMember,
  submitPassport,
  uploadPassportScan,
} from '../test-support/identity.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * An identity's verdict stands for the passport it checked (issue 12,
 * «Status-bearing records change only through their machines»): on both stores.
 */
describe.each(['sqlite', 'postgresql'] as const)('the checked passport on %s', (store) => {
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

  const drain = () => server.parts.worker.drain();
  /** Someone else's passport number: the registry holds another person for it. */
  const OTHER = { ...MARIA_PASSPORT, number: '100003' };
  const RESUBMITTED = '2026-11-24T10:00:00.000Z';

  /** The parent's device edits its own member document as it pulled it. */
  async function edit(fields: Record<string, unknown>) {
    const member = await ownMember(server.app, parent);
    const pushed = await call(
      server.app,
      'POST',
      '/api/v1/sync/members/push',
      [{ assumedMasterState: member, newDocumentState: { ...member, ...fields } }],
      parent.token,
    );
    expect(pushed.status).toBe(200);
    return pushed.json as { identity: { status: string }; passport: { number: string } }[];
  }

  it('refuses a quiet change of a confirmed passport: the account stays confirmed for the one checked', async () => {
    await confirmIdentity(server.app, parent, drain);
    const answer = await edit({ passport: OTHER });
    expect(answer).toHaveLength(1);
    expect(answer[0]).toMatchObject({
      identity: { status: 'confirmed' },
      passport: { number: MARIA_PASSPORT.number },
    });
    await drain();
    expect(await ownMember(server.app, parent)).toMatchObject({
      identity: { status: 'confirmed' },
      passport: MARIA_PASSPORT,
    });
  });

  it('checks a changed confirmed passport again when the parent asks', async () => {
    await confirmIdentity(server.app, parent, drain);
    expect(await edit({ passport: OTHER, identitySubmittedAt: RESUBMITTED })).toEqual([]);
    await drain();
    const member = await ownMember(server.app, parent);
    expect(member.identity).toMatchObject({ status: 'rejected', submittedAt: RESUBMITTED });
    expect(member.identity.issues).toContainEqual({
      field: 'passport.surname',
      code: 'registry-passport-mismatch',
    });
  });

  it('refuses a quiet change while the passport is being checked, and confirms the one checked', async () => {
    await uploadPassportScan(server.app, parent);
    // The scan's own re-check runs now, so the one held below is the submission's only check.
    await drain();
    const held = registry.hold();
    const sent = await submitPassport(server.app, parent, MARIA_PASSPORT, RESUBMITTED);
    expect(sent.status).toBe(200);
    await held.asked; // the check has read the passport and asked the registry
    const answer = await edit({ passport: OTHER });
    expect(answer).toEqual([
      expect.objectContaining({ identity: expect.objectContaining({ status: 'submitted' }) }),
    ]);
    held.release();
    await drain();
    expect(await ownMember(server.app, parent)).toMatchObject({
      identity: { status: 'confirmed', submittedAt: RESUBMITTED },
      passport: MARIA_PASSPORT,
    });
  });

  it('drops a verdict whose passport changed after the check read it, and checks it again', async () => {
    await uploadPassportScan(server.app, parent);
    // The scan's own re-check runs now, so the one held below is the submission's only check.
    await drain();
    const held = registry.hold();
    const sent = await submitPassport(server.app, parent, MARIA_PASSPORT, RESUBMITTED);
    expect(sent.status).toBe(200);
    await held.asked;
    // Any writer past the push rules: the passport moves under the running check.
    const { id } = await ownMember(server.app, parent);
    await server.store.transaction(async (tx) => {
      const member = await tx.getDoc('members', id);
      if (!member) throw new Error('no member');
      await tx.putDoc({ ...member, data: { ...member.data, passport: OTHER } });
    });
    held.release();
    await drain();
    const member = await ownMember(server.app, parent);
    expect(member.identity).toMatchObject({ status: 'rejected', submittedAt: RESUBMITTED });
    expect(member.identity.issues).toContainEqual({
      field: 'passport.surname',
      code: 'registry-passport-mismatch',
    });
  });

  it('lets a rejected passport change as a draft before it is sent again', async () => {
    await uploadPassportScan(server.app, parent);
    const sent = await submitPassport(server.app, parent, OTHER, RESUBMITTED);
    expect(sent.status).toBe(200);
    await drain();
    expect((await ownMember(server.app, parent)).identity.status).toBe('rejected');
    expect(await edit({ passport: MARIA_PASSPORT })).toEqual([]);
    expect(await ownMember(server.app, parent)).toMatchObject({
      identity: { status: 'rejected' },
      passport: MARIA_PASSPORT,
    });
  });
});
