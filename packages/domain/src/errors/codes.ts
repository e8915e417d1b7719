/**
 * Every reason code Rodnik puts on the wire or in a zod issue message.
 * Kebab-case, stable: the server, the web app and stored documents depend on them.
 */
export const ERROR_CODES = [
  // Field codes: produced by the domain schemas.
  'required',
  'invalid-value',
  'too-long',
  'name-latin-letters',
  'name-invalid-characters',
  'name-too-long',
  'snils-format',
  'snils-checksum',
  'inn-format',
  'inn-checksum',
  'phone-format',
  'email-format',
  'password-too-short',
  'password-too-weak',
  'date-format',
  'date-not-real',
  'date-in-future',
  'date-too-old',
  'birth-after-certificate-issue',
  'certificate-series-format',
  'certificate-number-format',
  'country-code-format',
  'oms-format',
  'postcode-format',
  'consent-required',
  // Verification codes: produced by the server's checks of a submitted card.
  'certificate-duplicate',
  'registry-not-found',
  'registry-name-mismatch',
  'registry-birth-date-mismatch',
  'registry-snils-mismatch',
  // API and transport codes: produced by the sync server.
  'bad-request',
  'malformed-json',
  'validation-failed',
  'unauthorized',
  'session-expired',
  'forbidden',
  'not-found',
  'unknown-collection',
  'conflict',
  'payload-too-large',
  'rate-limited',
  'code-invalid',
  'code-expired',
  'code-locked',
  'code-resend-too-soon',
  'code-not-requested',
  'account-exists',
  'invalid-credentials',
  'contact-not-confirmed',
  'upgrade-required',
  'unsupported-media-type',
  'internal-error',
  'delivery-failed',
  'illegal-transition',
  // Family accounts and linking codes (issue 5).
  'login-format',
  'child-not-verified',
  'child-too-old',
  'child-has-no-account',
  'link-code-invalid',
  'link-code-expired',
  'link-certificate-mismatch',
  'link-locked',
  'family-not-empty',
  'family-last-parent',
  'already-in-family',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && CODE_SET.has(x);
}
