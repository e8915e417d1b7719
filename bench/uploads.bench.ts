/**
 * DESIGN §7: a 4 MiB scan over a link that drops every 256 KiB must cost at
 * most 1.1× the file's bytes. The real server listens on a real port behind a
 * TCP proxy that cuts each connection after 256 KiB went upstream; the
 * upload is tus-js-client in Node, configured as the web app uses it (one
 * PATCH for the rest of the file, immediate retries).
 */
import { createHash } from 'node:crypto';
import { Upload } from 'tus-js-client';
import { startCuttingProxy } from '../apps/sync-server/src/test-support/cutting-proxy.ts';
import { startListeningServer } from '../apps/sync-server/src/test-support/listening-server.ts';
import { fakePdf } from '../apps/sync-server/src/test-support/png.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

async function signUp(base: string): Promise<{ token: string; familyId: string }> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json() as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- bench reads what came back
  };
  const code = async (to: string, purpose: string) => {
    const { messages } = (await (await fetch(`${base}/api/v1/dev/outbox`)).json()) as {
      messages: { to: string; purpose: string; text: string }[];
    };
    const message = messages.find((m) => m.to === to && m.purpose === purpose);
    return /\d{6}/.exec(message?.text ?? '')![0];
  };
  const phone = '+79161234567';
  await post('/auth/sign-up', {
    surname: 'Иванова',
    givenName: 'Мария',
    phone,
    email: 'uploads@bench.example',
    password: 'Rodnik-2026!',
  });
  await post('/auth/confirm', {
    login: phone,
    channel: 'phone',
    code: await code(phone, 'confirm-phone'),
  });
  await post('/auth/sign-in', { login: phone, password: 'Rodnik-2026!' });
  const session = await post('/auth/sign-in/verify', {
    login: phone,
    code: await code(phone, 'sign-in'),
  });
  return { token: session.token as string, familyId: session.account.familyId as string };
}

export async function benchUploads(): Promise<object> {
  const server = await startListeningServer({ port: 0 });
  const proxy = await startCuttingProxy({
    target: { host: '127.0.0.1', port: Number(new URL(server.base).port) },
    cutAfterBytes: 256 * KiB,
  });
  try {
    const { token, familyId } = await signUp(server.base);
    const file = fakePdf(4 * MiB);
    const documentId = '0193b000-0000-7000-8000-000000000001';
    const pushed = await fetch(`${server.base}/api/v1/sync/documents/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([
        {
          newDocumentState: {
            id: documentId,
            familyId,
            kind: 'other',
            fileName: 'scan.pdf',
            mimeType: 'application/pdf',
            size: file.length,
            sha256: createHash('sha256').update(file).digest('hex'),
            createdAt: new Date().toISOString(),
            _deleted: false,
          },
        },
      ]),
    });
    if (!pushed.ok) throw new Error(`push: ${pushed.status}`);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      new Upload(file, {
        endpoint: `http://127.0.0.1:${proxy.port}/api/v1/uploads`,
        headers: { authorization: `Bearer ${token}` },
        metadata: { documentId, filename: 'scan.pdf' },
        retryDelays: [0, 50, 100, 200],
        onSuccess: () => resolve(),
        onError: reject,
      }).start();
    });
    const durationMs = Math.round(performance.now() - started);
    const doc = await server.parts.deps.store.getDoc('documents', documentId);
    return {
      bench: 'uploads',
      fileBytes: file.length,
      bytesSent: proxy.upstreamBytes,
      sentPerFileByte: Number((proxy.upstreamBytes / file.length).toFixed(4)),
      cuts: proxy.cuts,
      durationMs,
      status: doc?.data.status,
      target: 'sentPerFileByte ≤ 1.1 (4 MiB scan, link drops every 256 KiB)',
    };
  } finally {
    await proxy.close();
    await server.close();
  }
}
