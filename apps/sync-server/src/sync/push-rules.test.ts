import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  putDocumentRecord,
} from '../test-support/applications.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { deletedElsewhereNoticeId } from './deletion-notifications.ts';

// The push rules of docs/sync-rules.md, through the HTTP routes a device uses.

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire documents
type Wire = any;

const push = (collection: string, rows: unknown[], who = parent) =>
  call(server.app, 'POST', `/api/v1/sync/${collection}/push`, rows, who.token);

async function pullAll(collection: string, who = parent): Promise<Wire[]> {
  const pulled = await call(
    server.app,
    'GET',
    `/api/v1/sync/${collection}/pull?after=0&limit=500`,
    undefined,
    who.token,
  );
  expect(pulled.status).toBe(200);
  return pulled.json.documents;
}
const master = async (collection: string, id: string): Promise<Wire> =>
  (await pullAll(collection)).find((doc) => doc.id === id);

/** A card (or draft) on the server, as the device holds it after its first pull. */
async function pushed(collection: 'children' | 'applications', doc: Record<string, unknown>) {
  expect((await push(collection, [{ newDocumentState: doc }])).json).toEqual([]);
  return master(collection, String(doc.id));
}
const newCard = (fields: Record<string, unknown> = {}) =>
  pushed('children', childCardDoc(parent.familyId, newDocId(), fields));
const newDraft = (fields: Record<string, unknown> = {}) =>
  pushed('applications', applicationDoc(parent.familyId, newDocId(), null, fields));

const DELETED_AT = '2026-11-24T09:30:00.000Z';

describe('a replayed push', () => {
  it('answers the current master when the device’s first answer was lost and the server moved on', async () => {
    const card = await newCard();
    const submitted = { ...card, submittedAt: '2026-11-24T09:10:00.000Z' };
    // Landed, but the answer never reached the phone: it still holds the old serverSeq.
    expect(
      (await push('children', [{ assumedMasterState: card, newDocumentState: submitted }])).json,
    ).toEqual([]);
    await server.parts.worker.drain();
    const checked = await master('children', card.id);
    expect(checked.status).not.toBe('draft');

    const replay = await push('children', [
      { assumedMasterState: card, newDocumentState: submitted },
    ]);
    expect(replay.json).toEqual([checked]);
    // A device that holds the master's serverSeq already gets nothing back.
    const current = await push('children', [
      { assumedMasterState: checked, newDocumentState: checked },
    ]);
    expect(current.json).toEqual([]);
  });
});

describe('deleting a card', () => {
  it('refuses a device’s tombstone on a card: the card comes back and its scans stay', async () => {
    const card = await newCard();
    const scan = await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'birth-certificate',
      childId: card.id,
    });
    const deleted = await push('children', [
      { assumedMasterState: card, newDocumentState: { ...card, _deleted: true } },
    ]);
    expect(deleted.json).toEqual([card]);
    await server.parts.worker.drain();
    expect((await server.store.getDoc('children', card.id))?.deleted).toBe(false);
    expect((await server.store.getDoc('documents', scan))?.deleted).toBe(false);
  });

  it('writes nothing for a card made and deleted before it reached the server', async () => {
    const id = newDocId();
    const tombstone = childCardDoc(parent.familyId, id, { _deleted: true });
    expect((await push('children', [{ newDocumentState: tombstone }])).json).toEqual([]);
    expect(await server.store.getDoc('children', id)).toBeNull();
  });

  it('keeps a card in «Недавно удалённые» restorable, and does not verify it there', async () => {
    const card = await newCard();
    const trashed = { ...card, deletedAt: DELETED_AT };
    expect(
      (await push('children', [{ assumedMasterState: card, newDocumentState: trashed }])).json,
    ).toEqual([]);
    const inTrash = await master('children', card.id);
    expect(inTrash).toMatchObject({ deletedAt: DELETED_AT, _deleted: false });

    const submitted = { ...inTrash, submittedAt: '2026-11-24T09:40:00.000Z' };
    const refused = await push('children', [
      { assumedMasterState: inTrash, newDocumentState: submitted },
    ]);
    expect(refused.json).toEqual([inTrash]);
    await server.parts.worker.drain();
    expect(await master('children', card.id)).toEqual(inTrash);

    const restored = { ...inTrash, deletedAt: null };
    expect(
      (await push('children', [{ assumedMasterState: inTrash, newDocumentState: restored }])).json,
    ).toEqual([]);
    expect((await master('children', card.id)).deletedAt).toBeNull();
  });
});

describe('a card in «Недавно удалённые»', () => {
  it('gets no linking code until it is restored', async () => {
    await confirmIdentity(server.store, parent);
    const card = await newCard();
    const trashed = { ...card, deletedAt: DELETED_AT };
    expect(
      (await push('children', [{ assumedMasterState: card, newDocumentState: trashed }])).json,
    ).toEqual([]);
    const request = (at: string) => ({
      id: linkId,
      familyId: parent.familyId,
      childId: card.id,
      codeRequestedAt: at,
    });
    const linkId = newDocId();
    expect(
      (await push('links', [{ newDocumentState: request('2026-11-24T09:40:00.000Z') }])).json,
    ).toEqual([]);
    const waiting = await master('links', linkId);
    expect(waiting.status).toBe('pending');
    expect(waiting.code).toBeUndefined();

    const inTrash = await master('children', card.id);
    const restored = { ...inTrash, deletedAt: null };
    await push('children', [{ assumedMasterState: inTrash, newDocumentState: restored }]);
    const asked = await push('links', [
      { assumedMasterState: waiting, newDocumentState: request('2026-11-24T09:50:00.000Z') },
    ]);
    expect(asked.json).toEqual([]);
    expect((await master('links', linkId)).status).toBe('code-issued');
  });

  it('is no child to send an application for: the arrival asks for one', async () => {
    const card = await newCard();
    const trashed = { ...card, deletedAt: DELETED_AT };
    await push('children', [{ assumedMasterState: card, newDocumentState: trashed }]);
    const id = newDocId();
    const send = applicationDoc(parent.familyId, id, card.id, {
      submittedAt: '2026-11-24T09:40:00.000Z',
    });
    expect((await push('applications', [{ newDocumentState: send }])).json).toEqual([]);
    await server.parts.worker.drain();
    expect((await master('applications', id)).issues).toContainEqual({
      field: 'childId',
      code: 'required',
    });
  });
});

describe('deleting an application', () => {
  it('deletes and restores a draft by deletedAt, and refuses it on a sent one', async () => {
    const draft = await newDraft();
    const trashed = { ...draft, deletedAt: DELETED_AT };
    expect(
      (await push('applications', [{ assumedMasterState: draft, newDocumentState: trashed }])).json,
    ).toEqual([]);
    const inTrash = await master('applications', draft.id);
    expect(inTrash.deletedAt).toBe(DELETED_AT);
    const restored = { ...inTrash, deletedAt: null };
    expect(
      (await push('applications', [{ assumedMasterState: inTrash, newDocumentState: restored }]))
        .json,
    ).toEqual([]);
    expect((await master('applications', draft.id)).deletedAt).toBeNull();

    // Sent: it is withdrawn, never deleted; the deletion comes back refused.
    const sent = await pushed('applications', {
      ...applicationDoc(parent.familyId, newDocId(), null),
      submittedAt: '2026-11-24T09:00:00.000Z',
    });
    await server.parts.worker.drain();
    const stored = await master('applications', sent.id);
    expect(stored.status).not.toBe('draft');
    const refused = await push('applications', [
      { assumedMasterState: stored, newDocumentState: { ...stored, deletedAt: DELETED_AT } },
    ]);
    expect(refused.json).toEqual([stored]);
    expect(await master('applications', sent.id)).toEqual(stored);
  });

  it('refuses a device’s tombstone on an application instead of ignoring it', async () => {
    const draft = await newDraft();
    const deleted = await push('applications', [
      { assumedMasterState: draft, newDocumentState: { ...draft, _deleted: true } },
    ]);
    expect(deleted.json).toEqual([draft]);
  });

  it('does not send a draft in «Недавно удалённые»', async () => {
    const draft = await newDraft({ deletedAt: DELETED_AT });
    const send = { ...draft, submittedAt: '2026-11-24T09:40:00.000Z' };
    const refused = await push('applications', [
      { assumedMasterState: draft, newDocumentState: send },
    ]);
    expect(refused.json).toEqual([draft]);
    await server.parts.worker.drain();
    expect(await master('applications', draft.id)).toMatchObject({
      status: 'draft',
      requestNumber: null,
    });
  });
});

describe('an edit reaching a record another device deleted', () => {
  async function deletedElsewhere(collection: 'children' | 'applications', seen: Wire, edit: Wire) {
    // Phone A deletes what it saw…
    const trashed = { ...seen, deletedAt: DELETED_AT };
    expect(
      (await push(collection, [{ assumedMasterState: seen, newDocumentState: trashed }])).json,
    ).toEqual([]);
    const inTrash = await master(collection, seen.id);
    // …phone B's edit, made from the same state, arrives after.
    const row = { assumedMasterState: seen, newDocumentState: edit };
    expect((await push(collection, [row])).json).toEqual([inTrash]);
    // Its first answer lost, B sends it again: still one notification.
    expect((await push(collection, [row])).json).toEqual([inTrash]);
    // B merges the deletion in and keeps its edit with the deleted record.
    const merged = { ...edit, deletedAt: DELETED_AT, serverSeq: inTrash.serverSeq };
    expect(
      (await push(collection, [{ assumedMasterState: inTrash, newDocumentState: merged }])).json,
    ).toEqual([]);
    const notes = (await pullAll('notifications')).filter((n) => n.kind === 'record-deleted');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      id: deletedElsewhereNoticeId({ collection, id: seen.id, seq: inTrash.serverSeq }),
      subject: { collection, id: seen.id },
      readAt: null,
    });
    return { notice: notes[0], kept: await master(collection, seen.id) };
  }

  it('keeps the edit with a deleted card and tells the family, once', async () => {
    const card = await newCard({ surname: 'Иванов', givenName: 'Пётр' });
    const { notice, kept } = await deletedElsewhere('children', card, {
      ...card,
      birthPlace: 'г. Клин',
    });
    expect(kept).toMatchObject({ deletedAt: DELETED_AT, birthPlace: 'г. Клин' });
    expect(notice.childId).toBe(card.id);
    expect(notice.body.ru).toBe(
      'Карточка «Иванов Пётр» удалена на другом устройстве. Ваши изменения сохранены — ' +
        'восстановить её можно в «Недавно удалённые» в течение 30 дней.',
    );
    expect(notice.body.en).toContain('deleted on another device');
  });

  it('keeps the edit with a deleted draft and tells the family, once', async () => {
    const draft = await newDraft();
    const { notice, kept } = await deletedElsewhere('applications', draft, {
      ...draft,
      answers: { ...draft.answers, groupType: 'short-stay' },
    });
    expect(kept).toMatchObject({ deletedAt: DELETED_AT, answers: { groupType: 'short-stay' } });
    expect(notice.body.ru).toBe(
      'Черновик заявления «Запись в детский сад» удалён на другом устройстве. Ваши изменения ' +
        'сохранены — восстановить его можно в «Недавно удалённые» в течение 30 дней.',
    );
  });
});

describe('the conflicts list', () => {
  const losing = (value: string, fields: Record<string, unknown> = {}) => ({
    field: 'birthPlace',
    localValue: value,
    remoteValue: 'г. Тверь',
    at: '2026-11-24T09:20:00.000Z',
    ...fields,
  });

  it('is never refused: a kept value syncs on a withdrawn application', async () => {
    const sent = await pushed('applications', {
      ...applicationDoc(parent.familyId, newDocId(), null),
      submittedAt: '2026-11-24T09:00:00.000Z',
    });
    await server.parts.worker.drain();
    const open = await master('applications', sent.id);
    const withdraw = { ...open, withdrawnAt: '2026-11-24T09:10:00.000Z' };
    expect(
      (await push('applications', [{ assumedMasterState: open, newDocumentState: withdraw }])).json,
    ).toEqual([]);
    const withdrawn = await master('applications', sent.id);
    expect(withdrawn.status).toBe('withdrawn');

    const kept = {
      ...withdrawn,
      conflicts: [
        { field: 'answers.groupType', localValue: 'short-stay', reason: 'application-sent' },
      ],
    };
    expect(
      (await push('applications', [{ assumedMasterState: withdrawn, newDocumentState: kept }]))
        .json,
    ).toEqual([]);
    expect((await master('applications', sent.id)).conflicts).toEqual([
      { ...kept.conflicts[0], by: parent.accountId },
    ]);
    // Anything else on it is still refused.
    const after = await master('applications', sent.id);
    const edited = { ...after, answers: { ...after.answers, groupType: 'short-stay' } };
    expect(
      (await push('applications', [{ assumedMasterState: after, newDocumentState: edited }])).json,
    ).toEqual([after]);
  });

  it('drops a kept value the device retyped into its field: nothing is lost any more', async () => {
    const card = await newCard();
    const kept = { ...card, conflicts: [losing('г. Клин'), losing('г. Ржев')] };
    expect(
      (await push('children', [{ assumedMasterState: card, newDocumentState: kept }])).json,
    ).toEqual([]);
    const withKept = await master('children', card.id);
    const retyped = { ...withKept, birthPlace: 'г. Клин' };
    expect(
      (await push('children', [{ assumedMasterState: withKept, newDocumentState: retyped }])).json,
    ).toEqual([]);
    const stored = await master('children', card.id);
    expect(stored.birthPlace).toBe('г. Клин');
    expect(stored.conflicts.map((c: { localValue: string }) => c.localValue)).toEqual(['г. Ржев']);
  });

  it('names who lost on entries new to the master, and a device need not pull the stamp first', async () => {
    const card = await newCard();
    const first = { ...card, conflicts: [losing('г. Клин')] };
    expect(
      (await push('children', [{ assumedMasterState: card, newDocumentState: first }])).json,
    ).toEqual([]);
    expect((await master('children', card.id)).conflicts).toEqual([
      losing('г. Клин', { by: parent.accountId }),
    ]);
    // The phone has not pulled the stamp: its next push still counts as seen.
    const second = {
      ...first,
      givenName: 'Алина',
      conflicts: [...first.conflicts, losing('г. Дмитров', { by: 'someone-else' })],
    };
    expect(
      (await push('children', [{ assumedMasterState: first, newDocumentState: second }])).json,
    ).toEqual([]);
    expect(await master('children', card.id)).toMatchObject({
      givenName: 'Алина',
      conflicts: [
        losing('г. Клин', { by: parent.accountId }),
        losing('г. Дмитров', { by: 'someone-else' }),
      ],
    });
  });
});
