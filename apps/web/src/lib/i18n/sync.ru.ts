import { plural } from './plural.ts';

/**
 * Why changes wait, and «Недавно удалённые» (docs/sync-rules.md, «Deletion»;
 * issue 11), spread into `ru`.
 */
export const syncRu = {
  pendingBecause: (n: number, why: string) =>
    `${n} ${plural(n, 'изменение ждёт', 'изменения ждут', 'изменений ждут')} отправки: ${why}`,
  pushProblemOffline: 'нет сети',
  /** Beside «Нет связи», which says why: short enough for one row at 360 px. */
  pendingOffline: (n: number) =>
    `${n} ${plural(n, 'изменение ждёт', 'изменения ждут', 'изменений ждут')}`,
  pushProblemUnreachable: 'сервер недоступен',
  pushProblemServerError: 'ошибка на сервере, повторим позже',
  pushProblemRefused: (code: string) => `сервер отказывает (код ${code})`,
  pushProblemRecordQuota:
    'у семьи слишком много черновиков или карточек — удалите ненужные, и остальное отправится само',
  pushProblemSignedOut: 'войдите снова',
  pushProblemOutdated: 'обновите приложение',

  recentlyDeletedLink: 'Недавно удалённые',
  recentlyDeletedTitle: 'Недавно удалённые',
  recentlyDeletedLead: (days: number) =>
    `Удалённые карточки детей и черновики заявлений хранятся ${days} ${plural(days, 'день', 'дня', 'дней')}, затем удаляются насовсем. Восстановленная запись вернётся на все устройства семьи.`,
  recentlyDeletedEmpty: 'Здесь пусто: ничего не удаляли.',
  deletedCardsHeading: 'Карточки детей',
  deletedDraftsHeading: 'Черновики заявлений',
  deletedOn: (when: string) => `Удалено ${when}`,
  daysLeft: (n: number) => `Удалится через ${n} ${plural(n, 'день', 'дня', 'дней')}`,
  restore: 'Восстановить',
  restoreLabel: (name: string) => `Восстановить: ${name}`,
  restoredNote: (name: string) => `«${name}» восстановлено.`,
  draftFor: (child: string) => `Для: ${child}`,
} as const;
