import type { components } from './generated/api.d.ts';

/** The server's one error shape `{ error: { code, message, messageEn, params?, fields? } }`. */
export type ApiErrorBody = components['schemas']['ApiError'];
export type ApiFieldError = NonNullable<ApiErrorBody['error']['fields']>[number];
/** A message's values: numbers, units, ISO instants — worded by the client (`handleError`). */
export type ApiErrorParams = Record<string, string | number>;

/** A 4xx/5xx answer in the one error shape, as a typed failure. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    /** An error code of the domain, or `http-<status>` when the body had none. */
    readonly code: string,
    /** The server's own words, for a code this client does not know. */
    readonly messageRu: string,
    readonly messageEn: string,
    readonly fields: ApiFieldError[] = [],
    /** Extra fields of the error body besides `params` (`attemptsLeft`, `until`…). */
    readonly details: Record<string, unknown> = {},
    readonly params: ApiErrorParams = {},
  ) {
    super(`${status} ${code}`);
  }
  /** The server's words; the web app words a failure itself from `code` and `params`. */
  text(locale: 'ru' | 'en'): string {
    return locale === 'ru' ? this.messageRu : this.messageEn;
  }
}

/** The request never reached the server (offline, DNS, connection refused). */
export class NetworkFailure extends Error {
  constructor(cause: unknown) {
    super('network failure', { cause });
  }
}

/** Turns any error body into an ApiFailure; a body of another shape still gets a code. */
export function failureFrom(status: number, body: unknown): ApiFailure {
  const error = errorOf(body);
  return new ApiFailure(
    status,
    typeof error?.['code'] === 'string' ? error['code'] : `http-${status}`,
    typeof error?.['message'] === 'string' ? error['message'] : `Ошибка сервера (${status})`,
    typeof error?.['messageEn'] === 'string' ? error['messageEn'] : `Server error (${status})`,
    Array.isArray(error?.['fields']) ? error['fields'].filter(isFieldError) : [],
    error ? detailsOf(error) : {},
    paramsOf(error?.['params']),
  );
}

function errorOf(body: unknown): Record<string, unknown> | null {
  if (!isRecord(body)) return null;
  const error = body['error'];
  return isRecord(error) ? error : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is ApiFieldError {
  return (
    isRecord(value) &&
    typeof value['field'] === 'string' &&
    typeof value['code'] === 'string' &&
    typeof value['message'] === 'string' &&
    typeof value['messageEn'] === 'string'
  );
}

function paramsOf(value: unknown): ApiErrorParams {
  if (!isRecord(value)) return {};
  const params: ApiErrorParams = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number') params[key] = v;
  }
  return params;
}

function detailsOf(error: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(['code', 'message', 'messageEn', 'fields', 'params']);
  return Object.fromEntries(Object.entries(error).filter(([key]) => !known.has(key)));
}
