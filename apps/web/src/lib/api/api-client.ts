/**
 * The small typed client for the online-only calls (sign-up, sign-in, codes).
 * It imports nothing heavy on purpose: the sign-in screen's whole budget is
 * 100 KiB of compressed JavaScript (DESIGN §7). Family data never goes
 * through here — it lives in RxDB and travels by replication.
 */

import { ApiFailure, failureFrom, type ApiFieldError } from '@rodnik/sync-client/api-failure';

export { ApiFailure, failureFrom, type ApiFieldError };

export const API_BASE = '/api/v1';
export const PROTOCOL_HEADER = 'x-rodnik-protocol';
export const PROTOCOL_VERSION = '1';

/** The request never reached the server (offline, DNS, connection refused). */
export class NetworkFailure extends Error {
  constructor(cause: unknown) {
    super('network failure', { cause });
  }
}

export interface Account {
  id: string;
  familyId: string;
  role: string;
  surname: string;
  givenName: string;
  patronymic?: string | null;
  phone?: string | null;
  email?: string | null;
  /** A child's account: the child card it belongs to (null until linked). */
  childId?: string | null;
  /** A simplified child account's login (what it signs in with). */
  login?: string | null;
}

export type Role = 'parent' | 'child';

/** A child's account as its parent sees it (`GET /family/children/{childId}/account`). */
export interface ChildAccountInfo {
  accountId: string;
  login: string | null;
  email: string | null;
  emailConfirmed: boolean;
  /** `simplified`: made by a parent for a child under 14; `own`: a teenager's, linked with a code. */
  kind: 'simplified' | 'own';
  createdAt: string;
}

export interface SignInStarted {
  channel: 'phone' | 'email';
  destination: string;
  expiresAt: string;
}

export interface SessionInfo {
  token: string;
  expiresAt: string;
  account: Account;
}

type Fetch = typeof fetch;

export interface ApiClientOptions {
  fetch?: Fetch;
  /** Origin of the server; empty means the page's own origin. */
  baseUrl?: string;
  token?: () => string | null;
}

export function createApiClient(options: ApiClientOptions = {}) {
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = `${options.baseUrl ?? ''}${API_BASE}`;

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<T> {
    const headers: Record<string, string> = { [PROTOCOL_HEADER]: PROTOCOL_VERSION };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = options.token?.();
    if (token) headers['authorization'] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new NetworkFailure(error);
    }
    const text = await response.text();
    const json: unknown = text ? safeJson(text) : null;
    if (!response.ok) throw failureFrom(response.status, json);
    return json as T;
  }

  return {
    signUp: (input: {
      surname: string;
      givenName: string;
      patronymic?: string;
      phone: string;
      email: string;
      password: string;
      role?: Role;
    }) => call<{ accepted: true; confirm: ('phone' | 'email')[] }>('POST', '/auth/sign-up', input),
    confirm: (input: { login: string; channel: 'phone' | 'email'; code: string }) =>
      call<unknown>('POST', '/auth/confirm', input),
    /** A parent gets a code to finish with; a child's simplified account gets the session at once. */
    signIn: (input: { login: string; password: string }) =>
      call<SignInStarted | SessionInfo>('POST', '/auth/sign-in', input),
    verifySignIn: (input: { login: string; code: string }) =>
      call<SessionInfo>('POST', '/auth/sign-in/verify', input),
    resendCode: (input: {
      login: string;
      purpose: 'confirm-phone' | 'confirm-email' | 'sign-in' | 'password-reset';
    }) => call<unknown>('POST', '/auth/codes/resend', input),
    signOut: () => call<unknown>('POST', '/auth/sign-out', {}),
    // «Забыли пароль?» and «Настройки» (issue 17).
    /** Answers alike whether or not the login exists. */
    requestPasswordReset: (input: { login: string }) =>
      call<unknown>('POST', '/auth/password-reset', input),
    confirmPasswordReset: (input: { login: string; code: string; password: string }) =>
      call<unknown>('POST', '/auth/password-reset/confirm', input),
    /** Signed in: every other session of the account ends. */
    changePassword: (input: { currentPassword: string; password: string }) =>
      call<unknown>('POST', '/auth/password', input),
    /** A code goes to the new contact (unless another account holds it; the answer is the same). */
    requestContactChange: (input: { channel: 'phone' | 'email'; value: string }) =>
      call<unknown>('POST', '/auth/contact', input),
    confirmContactChange: (input: { channel: 'phone' | 'email'; value: string; code: string }) =>
      call<Account>('POST', '/auth/contact/confirm', input),
    me: () => call<Account>('GET', '/auth/me'),

    // Family accounts (docs/family-linking.md): online by nature.
    /** The teenager joins the parent's family: certificate of the card plus the parent's code. */
    link: (input: { series: string; number: string; code: string }) =>
      call<{ familyId: string; childId: string }>('POST', '/family/link', input),
    createChildAccount: (
      childId: string,
      input: { login: string; password: string } | { email: string },
    ) => call<unknown>('POST', `/family/children/${encodeURIComponent(childId)}/account`, input),
    /** The child's account as the parent manages it (login, e-mail, simplified or own). */
    childAccount: (childId: string) =>
      call<ChildAccountInfo>('GET', `/family/children/${encodeURIComponent(childId)}/account`),
    /** A new password for the child: the typed one, or one the server makes and answers once. */
    resetChildPassword: (childId: string, input: { password?: string }) =>
      call<{ password: string | null }>(
        'POST',
        `/family/children/${encodeURIComponent(childId)}/account/password`,
        input,
      ),
    deleteChildAccount: (childId: string) =>
      call<unknown>('DELETE', `/family/children/${encodeURIComponent(childId)}/account`),
    unlinkChild: (childId: string) =>
      call<unknown>('POST', `/family/children/${encodeURIComponent(childId)}/unlink`, {}),
    invite: (input: { login: string }) => call<unknown>('POST', '/family/invitations', input),
    acceptInvitation: (input: { code: string }) =>
      call<unknown>('POST', '/family/invitations/accept', input),
    leaveFamily: () => call<unknown>('POST', '/family/leave', {}),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** `/auth/sign-in` answered with the session itself (a simplified child account). */
export function isSession(value: SignInStarted | SessionInfo): value is SessionInfo {
  return typeof (value as Partial<SessionInfo>).token === 'string';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
