import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { buildServer } from '../server.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { CHEAP_SCRYPT_COST, cheapPasswords } from '../test-support/cheap-passwords.ts';
import { scryptPasswords } from './password-hasher.ts';
import { PRODUCTION_SCRYPT_COST, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('hashes at production cost outside tests: scrypt N=2^15, r=8, p=1', async () => {
    expect(PRODUCTION_SCRYPT_COST).toEqual({ N: 32768, r: 8, p: 1 });
    const stored = await scryptPasswords.hash('Пароль-2026');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('Пароль-2026', stored)).toBe(true);
    // The stand-in for an unknown account costs what a real one does, and never matches.
    expect(scryptPasswords.dummyHash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('', scryptPasswords.dummyHash)).toBe(false);
  });

  it('is what a server gets unless a test brings a cheap hasher', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rodnik-passwords-'));
    const store = await openSqliteStore(join(dir, 'rodnik.sqlite'));
    try {
      const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
      const { deps } = buildServer({ config, store, secret: new Uint8Array(32) });
      expect(await deps.passwords!.hash('Пароль-2026')).toMatch(/^scrypt\$32768\$8\$1\$/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('verifies any cost a hash records, so a cheap test hash and a production one mix', async () => {
    const cheap = await cheapPasswords.hash('Пароль-2026');
    expect(cheap.startsWith(`scrypt$${CHEAP_SCRYPT_COST.N}$1$1$`)).toBe(true);
    expect(await verifyPassword('Пароль-2026', cheap)).toBe(true);
    expect(await verifyPassword('пароль-2026', cheap)).toBe(false);
    expect(await verifyPassword('Пароль-2026', 'bcrypt$whatever')).toBe(false);
    expect(cheapPasswords.dummyHash.startsWith(`scrypt$${CHEAP_SCRYPT_COST.N}$1$1$`)).toBe(true);
  });

  it('compares the NFC form, so the same password typed on another keyboard matches', async () => {
    const stored = await cheapPasswords.hash('Ёлка-2026'.normalize('NFD'));
    expect(await verifyPassword('Ёлка-2026'.normalize('NFC'), stored)).toBe(true);
  });
});
