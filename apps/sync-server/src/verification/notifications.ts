import type { ChildCardStatus } from '@rodnik/domain';
import type { NewDoc, StoredDoc } from '../store/store.ts';

/** The notification document that tells a family how a card's check ended. */
export function childCardNotification(
  id: string,
  card: StoredDoc,
  verdict: ChildCardStatus,
  issueCount: number,
  now: string,
): NewDoc {
  const name = [card.data.surname, card.data.givenName].filter(Boolean).join(' ');
  const verified = verdict === 'verified';
  return {
    collection: 'notifications',
    id,
    familyId: card.familyId,
    childId: card.id,
    deleted: false,
    data: {
      kind: verified ? 'child-card-verified' : 'child-card-needs-correction',
      title: verified
        ? { ru: 'Данные ребёнка подтверждены', en: 'Child details verified' }
        : { ru: 'Данные ребёнка нужно исправить', en: 'Child details need correcting' },
      body: verified
        ? { ru: `Карточка «${name}» проверена.`, en: `The card “${name}” is verified.` }
        : {
            ru: `Карточка «${name}»: полей для исправления — ${issueCount}.`,
            en: `The card “${name}”: ${issueCount} field(s) to correct.`,
          },
      childId: card.id,
      subject: { collection: 'children', id: card.id },
      createdAt: now,
      readAt: null,
    },
  };
}
