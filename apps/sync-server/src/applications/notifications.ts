import { serviceById, type ApplicationStatus } from '@rodnik/domain';
import type { NewDoc, StoredDoc } from '../store/store.ts';

const STATUS_WORDS: Record<ApplicationStatus, { ru: string; en: string }> = {
  draft: { ru: 'черновик', en: 'draft' },
  submitted: { ru: 'получено', en: 'received' },
  in_review: { ru: 'на рассмотрении', en: 'in review' },
  needs_info: { ru: 'нужны уточнения', en: 'more information needed' },
  resubmitted: { ru: 'отправлено повторно', en: 'resent' },
  approved: { ru: 'одобрено', en: 'approved' },
  rejected: { ru: 'отказано', en: 'rejected' },
  withdrawn: { ru: 'отозвано', en: 'withdrawn' },
};

/**
 * The notification that tells a family an application moved: the service's
 * title and the request number name it, the status says what happened.
 */
export function applicationNotification(
  id: string,
  application: StoredDoc,
  status: ApplicationStatus,
  now: string,
): NewDoc {
  const service = serviceById(String(application.data.serviceId));
  const title = service?.title ?? { ru: 'Заявление', en: 'Application' };
  const number = application.data.requestNumber as string | null;
  const words = STATUS_WORDS[status];
  const numbered = {
    ru: number ? `Заявление № ${number}` : 'Заявление',
    en: number ? `Application No. ${number}` : 'Application',
  };
  return {
    collection: 'notifications',
    id,
    familyId: application.familyId,
    childId: application.childId,
    deleted: false,
    data: {
      kind: 'application-status',
      title: { ru: `${title.ru}: ${words.ru}`, en: `${title.en}: ${words.en}` },
      body: {
        ru: `${numbered.ru} («${title.ru}»): ${words.ru}.`,
        en: `${numbered.en} (“${title.en}”): ${words.en}.`,
      },
      childId: application.childId,
      subject: { collection: 'applications', id: application.id },
      createdAt: now,
      readAt: null,
    },
  };
}
