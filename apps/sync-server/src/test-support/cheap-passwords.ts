import { scryptHasher, type ScryptCost } from '../auth/passwords.ts';

/**
 * scrypt at its lowest cost: the code path production runs, in microseconds
 * instead of ≈100 ms a hash. Production's cost is pinned by `passwords.test.ts`.
 */
export const CHEAP_SCRYPT_COST: ScryptCost = { N: 2, r: 1, p: 1 };

export const cheapPasswords = scryptHasher(CHEAP_SCRYPT_COST);
