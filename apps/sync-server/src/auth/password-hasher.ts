import { PRODUCTION_SCRYPT_COST, scryptHasher } from './passwords.ts';

/**
 * Hashing and checking passwords, injected (`Deps.passwords`) so a test can
 * count the work a route does (an unknown login must cost what a known one
 * does) and run at a cheap cost (`test-support/cheap-passwords.ts`).
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** What an unknown login's password is checked against, at this hasher's own cost. */
  readonly dummyHash: string;
}

/** Production's: scrypt at `PRODUCTION_SCRYPT_COST`. */
export const scryptPasswords: PasswordHasher = scryptHasher(PRODUCTION_SCRYPT_COST);
