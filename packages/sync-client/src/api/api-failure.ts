/** The server's one error shape `{ error: { code, message, messageEn, fields? } }` as a typed failure. */

export interface ApiFieldError {
  field: string;
  code: string;
  message: string;
  messageEn: string;
}

/** A 4xx/5xx answer in the one error shape `{ error: { code, message, messageEn, fields? } }`. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageRu: string,
    readonly messageEn: string,
    readonly fields: ApiFieldError[] = [],
    /** Extra fields of the error body (`attemptsLeft`, `until`…). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${status} ${code}`);
  }
  text(locale: 'ru' | 'en'): string {
    return locale === 'ru' ? this.messageRu : this.messageEn;
  }
}

/** Turns any error body into an ApiFailure; a body of another shape still gets a code. */
export function failureFrom(status: number, body: unknown): ApiFailure {
  const error = (body as { error?: Partial<ApiFailureBody> } | null)?.error;
  return new ApiFailure(
    status,
    typeof error?.code === 'string' ? error.code : `http-${status}`,
    typeof error?.message === 'string' ? error.message : `Ошибка сервера (${status})`,
    typeof error?.messageEn === 'string' ? error.messageEn : `Server error (${status})`,
    Array.isArray(error?.fields) ? error.fields : [],
    error && typeof error === 'object' ? detailsOf(error) : {},
  );
}

function detailsOf(error: object): Record<string, unknown> {
  const known = new Set(['code', 'message', 'messageEn', 'fields']);
  return Object.fromEntries(Object.entries(error).filter(([key]) => !known.has(key)));
}

interface ApiFailureBody {
  code: string;
  message: string;
  messageEn: string;
  fields: ApiFieldError[];
}
