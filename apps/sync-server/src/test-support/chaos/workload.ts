import { COLLECTIONS, documentSchema, uuidv7 } from '@rodnik/domain';
import type { RxCollection } from 'rxdb';
import type { SyncDevice, Doc } from './device.ts';
import type { Prng } from './prng.ts';
import { fieldOf, withField, type WriteSink, type WrittenCollection } from './write-log.ts';

const NEW_APPLICATION = documentSchema(COLLECTIONS.applications);

/** Where a record's creation token lives: a field nobody edits afterwards. */
export const CREATION_FIELD: Record<WrittenCollection, string> = {
  children: 'inn',
  applications: 'answers.origin',
};

/** Fields the family edits, with the word each token starts with (a child card's names are drafts). */
const EDITED: Record<WrittenCollection, [field: string, word: string][]> = {
  children: [
    ['givenName', 'Имя'],
    ['patronymic', 'Отчество'],
    ['birthPlace', 'Место'],
    ['address.street', 'Улица'],
  ],
  applications: [
    ['answers.a', 'Ответ'],
    ['answers.b', 'Ответ'],
    ['answers.c', 'Ответ'],
  ],
};

const SERVICE_ID = 'kindergarten-enrolment';
const MAX_RECORDS = { children: 6, applications: 5 } as const;

type Action = 'createCard' | 'createDraft' | 'editCard' | 'editDraft' | 'delete' | 'restore';
const WEIGHTS: Record<Action, number> = {
  createCard: 6,
  createDraft: 5,
  editCard: 36,
  editDraft: 32,
  delete: 6,
  restore: 5,
};

/**
 * One device's writes, the way the app makes them (apps/web's repositories):
 * into local RxDB first, marked pending; a deletion sets `deletedAt`
 * (docs/sync-rules.md), a restore clears it. A third of the edits go to the
 * family's "hot" field so devices edit the same field at the same time.
 */
export function deviceWriter(device: SyncDevice, prng: Prng, log: WriteSink) {
  let count = 0;
  const token = (word: string) => `${word}-${device.name}-${(count += 1)}`;

  const rx = (collection: WrittenCollection) =>
    device.db.collections[collection] as unknown as RxCollection<Doc>;

  async function local(collection: WrittenCollection): Promise<Doc[]> {
    const docs = await rx(collection).find().exec();
    return docs.map((doc) => doc.toJSON() as unknown as Doc).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async function create(collection: WrittenCollection): Promise<void> {
    const id = uuidv7(
      Date.now(),
      Uint8Array.from({ length: 10 }, () => prng.int(0, 255)),
    );
    const origin = `c-${device.name}-${(count += 1)}`;
    const doc =
      collection === 'children'
        ? {
            id,
            familyId: device.familyId,
            serverSeq: 0,
            surname: 'Хаосова',
            birthCertificate: { kind: 'ru' },
            inn: origin,
            deletedAt: null,
          }
        : // A new draft as the app makes it: the collection's defaults for the rest.
          NEW_APPLICATION.parse({
            id,
            familyId: device.familyId,
            serviceId: SERVICE_ID,
            answers: { origin },
          });
    await rx(collection).insert(doc);
    device.pending.mark(collection, id);
    log.add({
      device: device.name,
      family: device.family,
      collection,
      docId: id,
      kind: 'create',
      field: CREATION_FIELD[collection],
      value: origin,
      prev: undefined,
    });
  }

  /** Sets one field through RxDB, noting what the device showed there when it wrote. */
  async function write(
    collection: WrittenCollection,
    id: string,
    kind: 'edit' | 'delete' | 'restore',
    field: string,
    value: unknown,
  ): Promise<void> {
    const doc = await rx(collection).findOne(id).exec();
    if (!doc) return;
    let prev: unknown;
    await doc.incrementalModify((current) => {
      prev = fieldOf(current, field);
      return withField(current, field, value);
    });
    device.pending.mark(collection, id);
    log.add({
      device: device.name,
      family: device.family,
      collection,
      docId: id,
      kind,
      field,
      value,
      prev,
    });
  }

  async function edit(collection: WrittenCollection): Promise<boolean> {
    const live = (await local(collection)).filter(
      (d) => !d['deletedAt'] && d['status'] === 'draft',
    );
    if (live.length === 0) return false;
    const hot = prng.chance(1 / 3);
    const target = hot ? live[0]! : prng.pick(live);
    const [field, word] = hot ? EDITED[collection][0]! : prng.pick(EDITED[collection]);
    await write(collection, target.id, 'edit', field, token(word));
    return true;
  }

  return async function act(): Promise<void> {
    const action = prng.weighted(WEIGHTS);
    const collection: WrittenCollection = prng.chance(0.5) ? 'children' : 'applications';
    const docs = await local(collection);
    switch (action) {
      case 'createCard':
      case 'createDraft': {
        const kind = action === 'createCard' ? 'children' : 'applications';
        if ((await local(kind)).length < MAX_RECORDS[kind]) return create(kind);
        await edit(kind);
        return;
      }
      case 'editCard':
        if (!(await edit('children'))) await create('children');
        return;
      case 'editDraft':
        if (!(await edit('applications'))) await create('applications');
        return;
      case 'delete': {
        const live = docs.filter((d) => !d['deletedAt'] && d['status'] === 'draft');
        if (live.length > 0) {
          await write(collection, prng.pick(live).id, 'delete', 'deletedAt', log.uniqueStamp());
        }
        return;
      }
      case 'restore': {
        const deleted = docs.filter((d) => d['deletedAt']);
        if (deleted.length > 0) {
          await write(collection, prng.pick(deleted).id, 'restore', 'deletedAt', null);
        }
        return;
      }
    }
  };
}
