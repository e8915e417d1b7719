import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

const push = (collection: string, rows: unknown, token = parent.token) =>
  call(server.app, 'POST', `/api/v1/sync/${collection}/push`, rows, token);
const pull = (collection: string, after = 0, token = parent.token, limit = 100) =>
  call(
    server.app,
    'GET',
    `/api/v1/sync/${collection}/pull?after=${after}&limit=${limit}`,
    undefined,
    token,
  );

describe('pull and push', () => {
  it('stores a pushed card and returns it on pull with its server sequence', async () => {
    const id = newDocId();
    const pushed = await push('children', [
      { newDocumentState: childCardDoc(parent.familyId, id) },
    ]);
    expect(pushed.status).toBe(200);
    expect(pushed.json).toEqual([]);
    const pulled = await pull('children');
    expect(pulled.json.documents).toHaveLength(1);
    const [doc] = pulled.json.documents;
    expect(doc).toMatchObject({
      id,
      familyId: parent.familyId,
      surname: 'Иванова',
      status: 'draft',
      _deleted: false,
    });
    expect(pulled.json.checkpoint.seq).toBe(doc.serverSeq);
    const after = await pull('children', doc.serverSeq);
    expect(after.json).toEqual({ documents: [], checkpoint: { seq: doc.serverSeq } });
  });

  it('pages through documents in server order without skipping any', async () => {
    const ids = Array.from({ length: 7 }, () => newDocId());
    await push(
      'children',
      ids.map((id) => ({ newDocumentState: childCardDoc(parent.familyId, id) })),
    );
    const seen: string[] = [];
    let after = 0;
    for (;;) {
      const page = await pull('children', after, parent.token, 3);
      if (page.json.documents.length === 0) break;
      seen.push(...page.json.documents.map((d: { id: string }) => d.id));
      after = page.json.checkpoint.seq;
    }
    expect(seen).toEqual(ids);
  });

  it('returns the master state when the assumed state is stale, and applies nothing', async () => {
    const id = newDocId();
    await push('children', [{ newDocumentState: childCardDoc(parent.familyId, id) }]);
    const master = (await pull('children')).json.documents[0];
    // Device A edits from the master: applied.
    const fromA = await push('children', [
      { assumedMasterState: master, newDocumentState: { ...master, givenName: 'Алина' } },
    ]);
    expect(fromA.json).toEqual([]);
    // Device B edits from the same, now stale, master: conflict.
    const fromB = await push('children', [
      { assumedMasterState: master, newDocumentState: { ...master, birthPlace: 'г. Клин' } },
    ]);
    expect(fromB.json).toHaveLength(1);
    expect(fromB.json[0]).toMatchObject({ givenName: 'Алина', birthPlace: 'г. Тверь' });
  });

  it('applies a second push made before the device pulled its first', async () => {
    const id = newDocId();
    const created = childCardDoc(parent.familyId, id);
    await push('children', [{ newDocumentState: created }]);
    // RxDB assumes what it pushed is the master, with the old serverSeq.
    const edited = { ...created, givenName: 'Алина' };
    expect(
      (await push('children', [{ assumedMasterState: created, newDocumentState: edited }])).json,
    ).toEqual([]);
    const again = { ...edited, birthPlace: 'г. Клин' };
    expect(
      (await push('children', [{ assumedMasterState: edited, newDocumentState: again }])).json,
    ).toEqual([]);
    expect((await pull('children')).json.documents[0]).toMatchObject({
      givenName: 'Алина',
      birthPlace: 'г. Клин',
    });
  });

  it('lets a device edit a card whose status the server changed meanwhile', async () => {
    const id = newDocId();
    const draft = childCardDoc(parent.familyId, id, {
      surname: 'Петрова',
      submittedAt: '2026-11-24T09:00:00.000Z',
    });
    await push('children', [{ newDocumentState: draft }]);
    await server.parts.worker.drain();
    const edited = { ...draft, birthPlace: 'г. Клин' };
    expect(
      (await push('children', [{ assumedMasterState: draft, newDocumentState: edited }])).json,
    ).toEqual([]);
    const [doc] = (await pull('children')).json.documents;
    expect(doc).toMatchObject({ status: 'needs_correction', birthPlace: 'г. Клин' });
  });

  it('is idempotent: a replayed push changes nothing, makes no duplicate, and answers the master', async () => {
    const id = newDocId();
    const row = { newDocumentState: childCardDoc(parent.familyId, id) };
    await push('children', [row]);
    const first = (await pull('children')).json;
    // The first answer was lost: the device learns the serverSeq it never got.
    const replay = await push('children', [row]);
    expect(replay.json).toEqual(first.documents);
    const second = (await pull('children')).json;
    expect(second).toEqual(first);
  });

  it('ignores server-owned fields a device pushes: a status cannot be forged', async () => {
    const id = newDocId();
    await push('children', [
      {
        newDocumentState: {
          ...childCardDoc(parent.familyId, id),
          status: 'verified',
          verification: {
            submittedAt: '2026-01-01T00:00:00.000Z',
            checkedAt: '2026-01-01T00:00:00.000Z',
            issues: [],
          },
          serverSeq: 999_999,
        },
      },
    ]);
    const [doc] = (await pull('children')).json.documents;
    expect(doc.status).toBe('draft');
    expect(doc.verification).toBeNull();
    expect(doc.serverSeq).not.toBe(999_999);
  });

  it('refuses documents devices may not create (notifications, members)', async () => {
    const forged = await push('notifications', [
      { newDocumentState: { id: newDocId(), familyId: parent.familyId, readAt: null } },
    ]);
    expect(forged.status).toBe(403);
  });

  it('lets a device mark its notification read, and nothing else of it', async () => {
    const id = newDocId();
    await push('children', [
      {
        newDocumentState: childCardDoc(parent.familyId, id, {
          submittedAt: '2026-11-24T09:00:00.000Z',
        }),
      },
    ]);
    await server.parts.worker.drain();
    const [note] = (await pull('notifications')).json.documents;
    expect(note.readAt).toBeNull();
    const read = {
      ...note,
      readAt: '2026-11-24T09:05:00.000Z',
      title: { ru: 'Подделка', en: 'Forged' },
    };
    expect(
      (await push('notifications', [{ assumedMasterState: note, newDocumentState: read }])).json,
    ).toEqual([]);
    const [after] = (await pull('notifications', note.serverSeq)).json.documents;
    expect(after.readAt).toBe('2026-11-24T09:05:00.000Z');
    expect(after.title).toEqual(note.title);
  });
});

describe('one family cannot reach another', () => {
  it('neither reads nor overwrites another family’s documents by any route', async () => {
    const other = await signUpAndSignIn(server.app, { surname: 'Смирнов', givenName: 'Олег' });
    const id = newDocId();
    await push('children', [{ newDocumentState: childCardDoc(parent.familyId, id) }]);
    const theirs = await pull('children', 0, other.token);
    expect(theirs.json.documents).toEqual([]);
    const master = (await pull('children')).json.documents[0];
    // Writing into another family's document, with its own id and family…
    const overwrite = await push(
      'children',
      [{ assumedMasterState: master, newDocumentState: { ...master, surname: 'Взломова' } }],
      other.token,
    );
    expect(overwrite.status).toBe(403);
    // …or with the id but their own family id.
    const hijack = await push(
      'children',
      [
        {
          assumedMasterState: master,
          newDocumentState: { ...master, familyId: other.familyId, surname: 'Взломова' },
        },
      ],
      other.token,
    );
    expect(hijack.status).toBe(403);
    expect((await pull('children')).json.documents[0].surname).toBe('Иванова');
    const members = await pull('members', 0, other.token);
    expect(members.json.documents.map((d: { id: string }) => d.id)).toEqual([other.accountId]);
  });
});

describe('live stream', () => {
  let listener: ServerType;
  let base: string;
  beforeEach(async () => {
    listener = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => listener.once('listening', resolve));
    base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => listener.close(resolve));
  });

  async function openStream(token: string) {
    const controller = new AbortController();
    const response = await fetch(`${base}/api/v1/sync/stream`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    return {
      async next(): Promise<{ type: string; collection?: string; checkpoint?: { seq: number } }> {
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block.split('\n').find((line) => line.startsWith('data: '));
            if (data) return JSON.parse(data.slice(6));
            continue;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('stream ended');
          buffer += value;
        }
      },
      close: () => controller.abort(),
    };
  }

  it('sends RESYNC on connect, then the new checkpoint when the family’s data changes', async () => {
    const stream = await openStream(parent.token);
    expect(await stream.next()).toEqual({ type: 'resync' });
    const id = newDocId();
    const pushed = await fetch(`${base}/api/v1/sync/children/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${parent.token}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ newDocumentState: childCardDoc(parent.familyId, id) }]),
    });
    expect(pushed.status).toBe(200);
    const event = await stream.next();
    expect(event).toMatchObject({ type: 'checkpoint', collection: 'children' });
    const [doc] = (await pull('children')).json.documents;
    expect(event.checkpoint!.seq).toBe(doc.serverSeq);
    stream.close();
  });

  it('tells no other family about the change', async () => {
    const other = await signUpAndSignIn(server.app, { surname: 'Смирнов', givenName: 'Олег' });
    const theirs = await openStream(other.token);
    expect(await theirs.next()).toEqual({ type: 'resync' });
    await push('children', [{ newDocumentState: childCardDoc(parent.familyId, newDocId()) }]);
    // Their own change arrives first: nothing of ours came before it.
    await push(
      'children',
      [{ newDocumentState: childCardDoc(other.familyId, newDocId()) }],
      other.token,
    );
    const event = await theirs.next();
    const [own] = (await pull('children', 0, other.token)).json.documents;
    expect(event.checkpoint!.seq).toBe(own.serverSeq);
    theirs.close();
  });

  it('refuses a stream without a session', async () => {
    const response = await fetch(`${base}/api/v1/sync/stream`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'unauthorized',
    );
  });
});
