/**
 * Where a failed «Связать» says why: under the code for a wrong, expired or
 * locked code, under the certificate number when no card with that
 * certificate waits for a code. Null: the form's own alert.
 */
export function linkFailureField(code: string | null): 'code' | 'number' | null {
  switch (code) {
    case 'link-code-invalid':
    case 'link-code-expired':
    case 'link-locked':
    case 'code-invalid':
    case 'code-expired':
    case 'code-locked':
      return 'code';
    case 'link-certificate-mismatch':
      return 'number';
    default:
      return null;
  }
}
