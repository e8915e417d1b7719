/**
 * Where a failed «Связать» says why: under the code for a wrong, expired,
 * replaced or locked code, under the certificate number when no code was
 * asked for that certificate (a typo there is the likeliest cause). Null: the
 * form's own alert (the parent is not confirmed yet: nothing to fix here).
 */
export function linkFailureField(code: string | null): 'code' | 'number' | null {
  switch (code) {
    case 'link-code-invalid':
    case 'link-code-expired':
    case 'link-code-replaced':
    case 'link-locked':
    case 'code-invalid':
    case 'code-expired':
    case 'code-locked':
      return 'code';
    case 'link-certificate-mismatch':
    case 'link-code-not-requested':
      return 'number';
    default:
      return null;
  }
}
