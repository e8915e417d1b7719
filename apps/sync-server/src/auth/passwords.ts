import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's work factors; each hash records its own, so verifying never needs them. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** N=2^15: ≈50–200 ms per hash on a small server, costly for a thief. */
export const PRODUCTION_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost, length: number) {
  // Twice what scrypt needs (128·N·r bytes), never under Node's default 32 MiB.
  const maxmem = Math.max(32 * 1024 * 1024, 128 * cost.N * cost.r * 2);
  const options: ScryptOptions = { ...cost, maxmem };
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Hashes at the given cost: production's on the server, a cheap one that
 * tests inject (`ServerParts.passwords`) so a sign-up costs microseconds.
 * `scrypt$N$r$p$salt$hash`, so the cost can rise later without breaking old hashes.
 */
export function scryptHasher(cost: ScryptCost) {
  const { N, r, p } = cost;
  const zeros = (bytes: number) => Buffer.alloc(bytes).toString('base64url');
  return {
    /** Never matches; checking it costs what checking a real hash of this cost does. */
    dummyHash: ['scrypt', N, r, p, zeros(16), zeros(KEY_LENGTH)].join('$'),
    async hash(password: string): Promise<string> {
      const salt = randomBytes(16);
      const key = await derive(password, salt, cost, KEY_LENGTH);
      return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
    },
    verify: verifyPassword,
  };
}

/** Checks against any cost: the hash carries its own. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const key = await derive(password, Buffer.from(salt, 'base64url'), cost, expected.length);
  return timingSafeEqual(key, expected);
}
