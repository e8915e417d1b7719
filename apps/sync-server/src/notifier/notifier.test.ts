import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { call, codeFromOutbox, nextPhone, PASSWORD } from '../test-support/api-client.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { smsWebhookNotifier } from './sms-webhook-notifier.ts';
import { smtpNotifier } from './smtp-notifier.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function startSmtp(): Promise<{ port: number; mails: string[] }> {
  const mails: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push(raw);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => smtp.close(() => resolve())));
  return { port: (smtp.server.address() as AddressInfo).port, mails };
}

async function startGateway(status = 200): Promise<{ url: string; received: unknown[] }> {
  const received: unknown[] = [];
  const gateway: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => gateway.close(() => resolve())));
  return { url: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`, received };
}

describe('delivery', () => {
  it('sends e-mail over SMTP', async () => {
    const smtp = await startSmtp();
    await smtpNotifier(`smtp://127.0.0.1:${smtp.port}`, 'Родник <no-reply@rodnik.local>').send({
      channel: 'email',
      to: 'parent@example.ru',
      purpose: 'confirm-email',
      text: 'Родник: код 123456',
    });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toMatch(/To: parent@example\.ru/);
  });

  it('posts SMS to the gateway and fails loudly when the gateway refuses', async () => {
    const ok = await startGateway();
    await smsWebhookNotifier(ok.url).send({
      channel: 'sms',
      to: '+79161234567',
      purpose: 'sign-in',
      text: 'код 654321',
    });
    expect(ok.received).toEqual([{ to: '+79161234567', text: 'код 654321' }]);
    const down = await startGateway(503);
    await expect(
      smsWebhookNotifier(down.url).send({
        channel: 'sms',
        to: '+79161234567',
        purpose: 'sign-in',
        text: 'x',
      }),
    ).rejects.toThrow(/503/);
  });

  it('routes sign-up codes to SMTP and the SMS gateway when both are configured', async () => {
    const smtp = await startSmtp();
    const gateway = await startGateway();
    const server: TestServer = await startTestServer({
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMS_WEBHOOK_URL: gateway.url },
    });
    closers.push(() => server.close());
    const phone = nextPhone();
    const signUp = await call(server.app, 'POST', '/api/v1/auth/sign-up', {
      surname: 'Зайцева',
      givenName: 'Нина',
      phone,
      email: 'nina@example.ru',
      password: PASSWORD,
    });
    expect(signUp.status).toBe(202);
    expect(gateway.received).toEqual([{ to: phone, text: expect.stringMatching(/\d{6}/) }]);
    expect(smtp.mails.join('\n')).toMatch(/nina@example\.ru/);
    // Nothing went to the outbox.
    expect((await call(server.app, 'GET', '/api/v1/dev/outbox')).json.messages).toEqual([]);
  });
});

describe('a delivery gateway that is down', () => {
  it('answers 503 delivery-failed in words, not a bare 500', async () => {
    const down = await startGateway(503);
    const server = await startTestServer({ env: { SMS_WEBHOOK_URL: down.url } });
    closers.push(() => server.close());
    const result = await call(server.app, 'POST', '/api/v1/auth/sign-up', {
      surname: 'Зайцева',
      givenName: 'Нина',
      phone: nextPhone(),
      email: 'down@example.ru',
      password: PASSWORD,
    });
    expect(result.status).toBe(503);
    expect(result.json.error.code).toBe('delivery-failed');
    expect(result.json.error.message).toMatch(/код/);
  });
});

describe('logs', () => {
  it('carry no phone, e-mail, code or token through a whole sign-up and sign-in', async () => {
    const lines: string[] = [];
    const { default: pino } = await import('pino');
    const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    const server = await startTestServer({ logger });
    closers.push(() => server.close());
    const phone = nextPhone();
    const email = 'secret.person@example.ru';
    await call(server.app, 'POST', '/api/v1/auth/sign-up', {
      surname: 'Зайцева',
      givenName: 'Нина',
      phone,
      email,
      password: PASSWORD,
    });
    const code = await codeFromOutbox(server.app, phone, 'confirm-phone');
    await call(server.app, 'POST', '/api/v1/auth/confirm', {
      login: phone,
      channel: 'phone',
      code,
    });
    await call(server.app, 'POST', '/api/v1/auth/sign-in', { login: phone, password: PASSWORD });
    const signInCode = await codeFromOutbox(server.app, phone, 'sign-in');
    const session = await call(server.app, 'POST', '/api/v1/auth/sign-in/verify', {
      login: phone,
      code: signInCode,
    });
    const log = lines.join('\n');
    expect(log).toMatch(/outbox/);
    for (const secret of [
      phone,
      phone.slice(2),
      email,
      code,
      signInCode,
      session.json.token,
      'Зайцева',
      PASSWORD,
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
