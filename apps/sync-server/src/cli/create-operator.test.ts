import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, PASSWORD } from '../test-support/api-client.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

const CLI = resolve(import.meta.dirname, 'create-operator.ts');

/** Runs the CLI as a person would, the password piped on stdin. */
function runCli(args: string[], stdin: string, dataDir: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

let dir = '';
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close({ keepFiles: true });
  server = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('operator:create', () => {
  it('creates an operator with a hashed password who then signs in with login and password', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rodnik-cli-'));
    const args = ['--login', 'Ivanova.Op', '--name', 'Иванова Ольга', '--password-stdin'];
    const made = await runCli(args, `${PASSWORD}\n`, dir);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('ivanova.op');
    expect(made.stdout).not.toContain(PASSWORD);

    server = await startTestServer({ dir });
    const account = await server.store.findAccountByLogin({ login: 'ivanova.op' });
    expect(account).toMatchObject({ role: 'operator', surname: 'Иванова', givenName: 'Ольга' });
    expect(account!.passwordHash).toMatch(/^scrypt\$/);
    expect(account!.passwordHash).not.toContain(PASSWORD);
    const signIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: 'ivanova.op',
      password: PASSWORD,
    });
    expect(signIn.status).toBe(200);
    expect(signIn.json.account.role).toBe('operator');
    // The same login twice is refused, in both languages.
    await server.close({ keepFiles: true });
    server = null;
    const again = await runCli(args, PASSWORD, dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/уже|exists/i);
  }, 30_000);

  it('never takes the password from the command line, and words a weak one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rodnik-cli-'));
    const noStdin = await runCli(['--login', 'petrov.op', '--name', 'Петров Иван'], '', dir);
    expect(noStdin.code).toBe(2);
    expect(noStdin.stderr).toContain('--password-stdin');
    const weak = await runCli(
      ['--login', 'petrov.op', '--name', 'Петров Иван', '--password-stdin'],
      '123\n',
      dir,
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('password');
  }, 30_000);
});
