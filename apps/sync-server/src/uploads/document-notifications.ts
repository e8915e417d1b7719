import { messageFor, type ErrorCode, type MessageParams } from '@rodnik/domain';
import type { NewDoc, StoredDoc } from '../store/store.ts';

/** The notification that tells a family why a scan was refused, in both languages. */
export function documentRejectedNotification(
  id: string,
  doc: StoredDoc,
  rejection: { code: ErrorCode; params: MessageParams },
  now: string,
): NewDoc {
  const name = String(doc.data.fileName ?? '');
  return {
    collection: 'notifications',
    id,
    familyId: doc.familyId,
    childId: doc.childId,
    deleted: false,
    data: {
      kind: 'document-status',
      title: { ru: 'Скан не принят', en: 'Scan not accepted' },
      body: {
        ru: `«${name}»: ${messageFor(rejection.code, rejection.params, 'ru')}`,
        en: `“${name}”: ${messageFor(rejection.code, rejection.params, 'en')}`,
      },
      childId: doc.childId,
      subject: { collection: 'documents', id: doc.id },
      createdAt: now,
      readAt: null,
    },
  };
}
