import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  codeFromOutbox,
  nextPhone,
  signUpAndSignIn,
  type SignedIn,
} from '../test-support/api-client.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

// With the limits on, as in production.
let server: TestServer;
let inviter: SignedIn;
beforeEach(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'on' } });
  inviter = await signUpAndSignIn(server.app, { surname: 'Иванова', givenName: 'Мария' });
});
afterEach(async () => {
  await server.close();
});

const MINUTE = 60_000;
const invite = (by: SignedIn, body: object) =>
  call(server.app, 'POST', '/api/v1/family/invitations', body, by.token);
/** The next invitation, a minute on, so the per-address limit is not what answers. */
const inviteLater = async (by: SignedIn, phone: string) => {
  server.clock.advance(MINUTE + 1000);
  return invite(by, { login: phone });
};
const accept = (by: SignedIn, code: string) =>
  call(server.app, 'POST', '/api/v1/family/invitations/accept', { code }, by.token);

describe('invitations of a second parent', () => {
  it('go out at most 10 a day from one family', async () => {
    for (let n = 0; n < 10; n++) {
      expect((await inviteLater(inviter, nextPhone())).status).toBe(202);
    }
    const over = await inviteLater(inviter, nextPhone());
    expect(over.status).toBe(429);
    expect(over.json.error).toMatchObject({
      code: 'quota-exceeded',
      params: { limit: 10, retryAfter: expect.any(Number) },
    });
    expect(over.json.error.message).toMatch(/предел \(10\)/);
    server.clock.advance(24 * 60 * MINUTE);
    expect((await inviteLater(inviter, nextPhone())).status).toBe(202);
  });

  it('reach one phone at most 3 times a day, whichever families send them', async () => {
    const invitee = await signUpAndSignIn(server.app, { surname: 'Иванов', givenName: 'Сергей' });
    expect((await inviteLater(inviter, invitee.phone)).status).toBe(202);
    expect((await inviteLater(inviter, invitee.phone)).status).toBe(202);
    const code = await codeFromOutbox(server.app, invitee.phone, 'family-invitation');
    expect((await accept(invitee, code)).status).toBe(200);
    const other = await signUpAndSignIn(server.app, { surname: 'Петрова', givenName: 'Ольга' });
    expect((await inviteLater(other, invitee.phone)).status).toBe(202);
    const fourth = await inviteLater(other, invitee.phone);
    expect(fourth.status).toBe(429);
    expect(fourth.json.error).toMatchObject({ code: 'quota-exceeded', params: { limit: 3 } });
  });

  it("never overwrite another family's pending invitation", async () => {
    const invitee = await signUpAndSignIn(server.app, { surname: 'Иванов', givenName: 'Сергей' });
    expect((await inviteLater(inviter, invitee.phone)).status).toBe(202);
    const code = await codeFromOutbox(server.app, invitee.phone, 'family-invitation');
    const other = await signUpAndSignIn(server.app, { surname: 'Петрова', givenName: 'Ольга' });
    const second = await inviteLater(other, invitee.phone);
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe('invitation-pending');
    expect(second.json.error.message).toMatch(/другую семью/);
    // The first family's code still works.
    const accepted = await accept(invitee, code);
    expect(accepted.json).toEqual({ familyId: inviter.familyId });
  });

  it("name the inviter by the account's own name and take no words from the request", async () => {
    const phone = nextPhone();
    const named = await invite(inviter, { login: phone, name: 'Служба безопасности банка' });
    expect(named.status).toBe(422);
    expect((await invite(inviter, { login: phone })).status).toBe(202);
    const messages = await server.store.listOutbox(100);
    const sms = messages.filter((m) => m.to === phone);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toMatch(/^Родник: Мария Иванова приглашает вас в семью\./);
  });
});
