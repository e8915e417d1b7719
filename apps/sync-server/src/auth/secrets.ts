import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Session tokens are stored as SHA-256: a leaked table opens no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newToken(randomBytes: (size: number) => Uint8Array): string {
  return Buffer.from(randomBytes(32)).toString('base64url');
}

/** Short codes have little entropy, so they are keyed with the server secret. */
export function hashCode(secret: Uint8Array, scope: string, code: string): string {
  return createHmac('sha256', secret).update(`${scope}\n${code}`).digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
