import { describe, expect, it } from 'vitest';
import { ApiFailure, createApiClient, failureFrom, isSession } from './api-client.ts';
import { explainFailure } from './explain.ts';

function answering(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe('api client', () => {
  it('tells a direct session (a child account) from a sent code', async () => {
    const session = {
      token: 't',
      expiresAt: 'x',
      account: { id: 'a', familyId: 'f', role: 'child' },
    };
    const direct = await createApiClient({ fetch: answering(200, session).fetch }).signIn({
      login: 'ilya.petrov',
      password: 'p',
    });
    expect(isSession(direct)).toBe(true);
    const started = await createApiClient({
      fetch: answering(200, { channel: 'sms', destination: '+7 ***', expiresAt: 'x' }).fetch,
    }).signIn({ login: '+79001234567', password: 'p' });
    expect(isSession(started)).toBe(false);
  });

  it('sends the family calls with the bearer token, never in the URL', async () => {
    const server = answering(200, { familyId: 'f2', childId: 'c1' });
    const api = createApiClient({ fetch: server.fetch, token: () => 'secret' });
    await api.link({ series: 'II-АК', number: '100002', code: 'ABCD2345' });
    await api.unlinkChild('c/1');
    expect(server.calls.map((c) => c.url)).toEqual([
      '/api/v1/family/link',
      '/api/v1/family/children/c%2F1/unlink',
    ]);
    expect(server.calls.every((c) => !c.url.includes('secret'))).toBe(true);
    expect((server.calls[0]!.init!.headers as Record<string, string>)['authorization']).toBe(
      'Bearer secret',
    );
  });

  it('keeps the server words and the extra fields of a failure', async () => {
    const body = {
      error: {
        code: 'link-code-invalid',
        message: 'Неверный код. Осталось попыток: 4.',
        messageEn: 'Wrong code. Tries left: 4.',
        attemptsLeft: 4,
      },
    };
    const api = createApiClient({ fetch: answering(422, body).fetch });
    const failure = await api
      .link({ series: 'II-АК', number: '100002', code: 'x' })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).details).toEqual({ attemptsLeft: 4 });
    expect(explainFailure(failure, 'ru', 'offline', 'network')).toEqual({
      message: 'Неверный код. Осталось попыток: 4.',
      fields: {},
      code: 'link-code-invalid',
    });
    expect(explainFailure(failure, 'en', 'offline', 'network').message).toBe(
      'Wrong code. Tries left: 4.',
    );
  });

  it('words a body of another shape too', () => {
    const failure = failureFrom(502, null);
    expect(failure.code).toBe('http-502');
    expect(explainFailure(failure, 'ru', 'o', 'n').message).toBe('Ошибка сервера (502)');
  });
});
