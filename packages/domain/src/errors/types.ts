import type { ErrorCode } from './codes.ts';

export type Locale = 'ru' | 'en';

/** `field` is the already-localized field label; other keys are per-code parameters. */
export type MessageParams = { field?: string; [k: string]: string | number | undefined };

export type MessageCatalog = Record<ErrorCode, (p: MessageParams) => string>;

/** One problem with one field; `message` is Russian, `messageEn` English. */
export type FieldError = {
  field: string;
  code: ErrorCode;
  message: string;
  messageEn: string;
  /** The values the message was worded with (`max`, …), for clients that word it themselves. */
  params?: Record<string, string | number>;
};

/** The one error shape on the wire: `{ error: { code, message, messageEn, fields? } }`. */
export type ApiError = {
  error: {
    code: ErrorCode;
    message: string;
    messageEn: string;
    fields?: FieldError[];
    /** The parameters of the message (`attemptsLeft`, `until` as an ISO instant, `max` and `unit`, …). */
    params?: Record<string, string | number>;
  };
};
