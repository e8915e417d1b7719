/**
 * Creates an operator account:
 *   npm run operator:create -- --login ivanova.op --name "Иванова Ольга" --password-stdin
 * The password is read from stdin (never argv, which other users can see in `ps`).
 * Uses the same store as the server: DATABASE_URL, or the SQLite file in DATA_DIR.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { apiError } from '@rodnik/domain';
import { parseConfig } from '../config.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { scryptPasswords } from '../auth/password-hasher.ts';
import { createOperator } from '../operator/create-operator.ts';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the password, without the newline `echo` or a terminal adds.
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      login: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.login || !values.name || !values['password-stdin']) {
    console.error(
      'Использование / usage: operator:create -- --login <login> --name "<Фамилия Имя [Отчество]>" --password-stdin',
    );
    return 2;
  }
  const config = parseConfig(process.env);
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const store = config.DATABASE_URL
    ? await openPostgresStore(config.DATABASE_URL)
    : await openSqliteStore(join(dataDir, 'rodnik.sqlite'));
  try {
    const password = await readStdin();
    const account = await createOperator(
      store,
      { login: values.login, name: values.name, password },
      new Date(),
      (size) => randomBytes(size),
      scryptPasswords.hash,
    );
    console.log(`Оператор создан / operator created: ${account.login} (${account.id})`);
    return 0;
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    const body = apiError(error.code, error.params, error.fields).error;
    console.error(`${body.message} / ${body.messageEn}`);
    for (const field of body.fields ?? []) {
      console.error(`  ${field.field}: ${field.message} / ${field.messageEn}`);
    }
    return 1;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
