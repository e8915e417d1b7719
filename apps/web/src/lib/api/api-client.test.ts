import { describe, expect, it } from 'vitest';
import {
  ApiFailure,
  NetworkFailure,
  createApiClient,
  failureFrom,
  isSession,
  ok,
} from './api-client.ts';

/** Node's Request needs an absolute URL; the browser resolves the page's own origin. */
const baseUrl = 'http://rodnik.test';

function answering(status: number, body: unknown) {
  const calls: { url: string; method: string; headers: Headers; body: unknown }[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: init?.body,
    });
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return { calls, fetch };
}

const account = {
  id: 'a',
  familyId: 'f',
  role: 'child' as const,
  surname: 'Петров',
  givenName: 'Илья',
  patronymic: null,
  phone: null,
  phoneConfirmed: false,
  email: null,
  emailConfirmed: false,
  login: 'ilya.petrov',
  childId: 'c1',
};

describe('the generated api client', () => {
  it('tells a direct session (a child account) from a sent code', async () => {
    const session = { token: 't', expiresAt: 'x', account };
    const direct = await ok(
      createApiClient({ baseUrl, fetch: answering(200, session).fetch }).POST(
        '/api/v1/auth/sign-in',
        { body: { login: 'ilya.petrov', password: 'p' } },
      ),
    );
    expect(isSession(direct)).toBe(true);
    const sent = { channel: 'sms', destination: '+7 ***', expiresAt: 'x' };
    const started = await ok(
      createApiClient({ baseUrl, fetch: answering(200, sent).fetch }).POST('/api/v1/auth/sign-in', {
        body: { login: '+79001234567', password: 'p' },
      }),
    );
    expect(isSession(started)).toBe(false);
  });

  it('sends the family calls with the bearer token and the protocol, never the token in the URL', async () => {
    const server = answering(200, { familyId: 'f2', childId: 'c1' });
    const api = createApiClient({ baseUrl, fetch: server.fetch, token: () => 'secret' });
    await ok(
      api.POST('/api/v1/family/link', {
        body: { series: 'II-АК', number: '100002', code: 'ABCD2345' },
      }),
    );
    await ok(
      api.POST('/api/v1/family/children/{childId}/unlink', {
        params: { path: { childId: 'c/1' } },
      }),
    );
    expect(server.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `POST ${baseUrl}/api/v1/family/link`,
      `POST ${baseUrl}/api/v1/family/children/c%2F1/unlink`,
    ]);
    expect(server.calls.every((c) => !c.url.includes('secret'))).toBe(true);
    expect(server.calls[0]!.headers.get('authorization')).toBe('Bearer secret');
    expect(server.calls[0]!.headers.get('x-rodnik-protocol')).toBe('1');
    expect(JSON.parse(String(server.calls[0]!.body))).toEqual({
      series: 'II-АК',
      number: '100002',
      code: 'ABCD2345',
    });
  });

  it('sends no Authorization header without a session', async () => {
    const server = answering(202, { accepted: true });
    await ok(
      createApiClient({ baseUrl, fetch: server.fetch }).POST('/api/v1/auth/password-reset', {
        body: { login: 'a@b.ru' },
      }),
    );
    expect(server.calls[0]!.headers.has('authorization')).toBe(false);
  });

  it('throws the failure in the one error shape, with its code, params and fields', async () => {
    const body = {
      error: {
        code: 'link-locked',
        message: 'Слишком много неверных попыток привязки. Попробуйте после 12:30.',
        messageEn: 'Too many wrong linking attempts. Try again after 12:30.',
        params: { until: '2026-12-07T09:30:00.000Z' },
        fields: [
          { field: 'code', code: 'too-long', message: 'м', messageEn: 'm', params: { max: 8 } },
        ],
      },
    };
    const api = createApiClient({ baseUrl, fetch: answering(423, body).fetch });
    const failure = await ok(
      api.POST('/api/v1/family/link', { body: { series: 'II-АК', number: '100002', code: 'x' } }),
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({
      status: 423,
      code: 'link-locked',
      params: { until: '2026-12-07T09:30:00.000Z' },
      fields: [{ field: 'code', code: 'too-long', params: { max: 8 } }],
    });
  });

  it('turns a request that never arrived into a NetworkFailure', async () => {
    const api = createApiClient({
      baseUrl,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(ok(api.GET('/api/v1/auth/me'))).rejects.toBeInstanceOf(NetworkFailure);
  });

  it('gives a body of another shape a code too', () => {
    const failure = failureFrom(502, null);
    expect(failure.code).toBe('http-502');
    expect(failure.text('ru')).toBe('Ошибка сервера (502)');
  });
});
