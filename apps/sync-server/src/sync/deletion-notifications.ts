import { createHash } from 'node:crypto';
import { serviceById, SOFT_DELETION_DAYS, type LocalizedText } from '@rodnik/domain';
import type { NewDoc, StoredDoc, StoreWrites } from '../store/store.ts';

/**
 * Tells the family that a device's edit reached a card or draft another device
 * had deleted (docs/sync-rules.md, «Deletion»): the edit is kept with the
 * deleted record, which can be restored from «Недавно удалённые». One
 * notification per deletion seen: its id comes from the record and the
 * master's sequence number, so a replayed push writes no second one.
 */
export async function tellDeletedElsewhere(
  tx: StoreWrites,
  record: StoredDoc,
  now: string,
): Promise<void> {
  const notice = deletedElsewhereNotification(record, now);
  if (await tx.getDoc('notifications', notice.id)) return;
  await tx.putDoc(notice);
}

export function deletedElsewhereNotification(record: StoredDoc, now: string): NewDoc {
  const words = record.collection === 'children' ? cardWords(record) : draftWords(record);
  const childId = record.collection === 'children' ? record.id : record.childId;
  return {
    collection: 'notifications',
    id: deletedElsewhereNoticeId(record),
    familyId: record.familyId,
    childId,
    deleted: false,
    data: {
      kind: 'record-deleted',
      title: words.title,
      body: words.body,
      childId,
      subject: { collection: record.collection, id: record.id },
      createdAt: now,
      readAt: null,
    },
  };
}

/** A UUID-shaped id derived from the record and the master's sequence number. */
export function deletedElsewhereNoticeId(record: Pick<StoredDoc, 'collection' | 'id' | 'seq'>) {
  const hex = createHash('sha256')
    .update(`deleted-elsewhere:${record.collection}:${record.id}:${record.seq}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** «Ваши изменения сохранены…», with the pronoun of the record's gender (карточка — её, черновик — его). */
function kept(pronoun: 'её' | 'его'): LocalizedText {
  return {
    ru: `Ваши изменения сохранены — восстановить ${pronoun} можно в «Недавно удалённые» в течение ${SOFT_DELETION_DAYS} дней.`,
    en: `Your changes are kept — you can restore it from “Recently deleted” within ${SOFT_DELETION_DAYS} days.`,
  };
}

function cardWords(card: StoredDoc): { title: LocalizedText; body: LocalizedText } {
  const name = [card.data.surname, card.data.givenName]
    .filter((part) => typeof part === 'string' && part.trim() !== '')
    .join(' ');
  const rest = kept('её');
  return {
    title: {
      ru: 'Карточка удалена на другом устройстве',
      en: 'Card deleted on another device',
    },
    body: {
      ru: `${name ? `Карточка «${name}»` : 'Карточка ребёнка'} удалена на другом устройстве. ${rest.ru}`,
      en: `${name ? `The card “${name}”` : 'A child’s card'} was deleted on another device. ${rest.en}`,
    },
  };
}

function draftWords(draft: StoredDoc): { title: LocalizedText; body: LocalizedText } {
  const service = serviceById(String(draft.data.serviceId))?.title;
  const rest = kept('его');
  return {
    title: {
      ru: 'Черновик удалён на другом устройстве',
      en: 'Draft deleted on another device',
    },
    body: {
      ru: `Черновик заявления${service ? ` «${service.ru}»` : ''} удалён на другом устройстве. ${rest.ru}`,
      en: `The draft application${service ? ` “${service.en}”` : ''} was deleted on another device. ${rest.en}`,
    },
  };
}
