import { hashPassword, verifyPassword } from './passwords.ts';

/**
 * Hashing and checking passwords, injected (`Deps.passwords`) so a test can
 * count the work a route does: an unknown login must cost what a known one does.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

export const scryptPasswords: PasswordHasher = { hash: hashPassword, verify: verifyPassword };
