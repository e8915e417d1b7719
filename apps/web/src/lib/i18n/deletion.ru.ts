import { plural } from './plural.ts';

const days = (n: number) => `${n} ${plural(n, 'день', 'дня', 'дней')}`;

/**
 * Deleting a child card or a draft, and the banner of a deleted one
 * (docs/sync-rules.md, «Deletion»; issue 11), spread into `ru`.
 */
export const deletionRu = {
  deleteCard: 'Удалить карточку',
  deleteCardQuestion: (n: number) =>
    `Карточка попадёт в «Недавно удалённые» на ${days(n)}. Удалить?`,
  deleteCardWaitingHint:
    'Удалить карточку можно, когда она дойдёт до сервера: сейчас она ждёт отправки на проверку.',
  cardDeletedNote: (name: string, n: number) =>
    `Карточка «${name}» удалена. Её можно восстановить в «Недавно удалённые» в течение ${days(n)}.`,
  deleteDraftQuestion: (n: number) =>
    `Черновик попадёт в «Недавно удалённые» на ${days(n)}. Удалить?`,
  draftDeletedNote: (title: string, n: number) =>
    `Черновик «${title}» удалён. Его можно восстановить в «Недавно удалённые» в течение ${days(n)}.`,
  deleteYes: 'Удалить',
  deleteNo: 'Отмена',
  deletedBanner: (date: string, n: number) =>
    n > 0
      ? `Удалено ${date}. Будет удалено навсегда через ${days(n)}.`
      : `Удалено ${date}. Скоро будет удалено навсегда.`,
  deletedReadOnly: 'Пока запись удалена, её нельзя изменить.',
  deletedRestoreFailed: 'Не удалось восстановить. Попробуйте ещё раз.',
} as const;
