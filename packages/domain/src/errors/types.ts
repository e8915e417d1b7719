import type { ErrorCode } from './codes.ts';

export type Locale = 'ru' | 'en';

/** `field` is the already-localized field label; other keys are per-code parameters. */
export type MessageParams = { field?: string; [k: string]: string | number | undefined };

export type MessageCatalog = Record<ErrorCode, (p: MessageParams) => string>;

/** One problem with one field; `message` is Russian, `messageEn` English. */
export type FieldError = { field: string; code: ErrorCode; message: string; messageEn: string };

/** The one error shape on the wire: `{ error: { code, message, messageEn, fields? } }`. */
export type ApiError = {
  error: {
    code: ErrorCode;
    message: string;
    messageEn: string;
    fields?: FieldError[];
    /** The parameters of the message (`attemptsLeft`, `until` as ЧЧ:ММ Moscow, `seconds`, …). */
    params?: Record<string, string | number>;
  };
};
