import { SENDS_PER_FAMILY_PER_DAY } from '@rodnik/domain';
/**
 * Words of the kept losing values beside a field (docs/sync-rules.md,
 * «Conflicts» and «Refusals»; issue 11).
 */
export const conflictsRu = {
  conflictsTitle: (label: string, n: number) =>
    n === 1
      ? `«${label}»: значение, которое не попало в поле`
      : `«${label}»: значения, которые не попали в поле`,
  conflictsOtherTitle: 'Изменения, которые не попали в запись',
  conflictFromThisDevice: 'с этого устройства',
  conflictFromOtherDevice: 'с другого устройства',
  conflictMoscowTime: (time: string) => `${time} по Москве`,
  conflictCurrent: (value: string) => `Сейчас в поле: «${value}»`,
  conflictEmpty: 'пусто',
  conflictYes: 'да',
  conflictNo: 'нет',
  keepMine: 'Оставить моё',
  keepMineLabel: (value: string) => `Оставить моё: «${value}»`,
  keepOther: 'Оставить с другого устройства',
  keepOtherLabel: (value: string) => `Оставить с другого устройства: «${value}»`,
  conflictReasonApplicationSent: 'Заявление уже отправлено — это поле не изменить',
  conflictReasonCardChecked:
    'Карточка уже на проверке или проверена — это поле меняется только новой отправкой на проверку',
  conflictReasonScanKept: 'Скан остаётся в отправленном заявлении — его не удалить',
  conflictReasonRefused: 'Сервер не принял это изменение',
  conflictReasonSendQuota: `Сегодня семья уже отправила ${SENDS_PER_FAMILY_PER_DAY} заявлений — отправьте это завтра, черновик сохранён`,
  conflictNotEditable: 'Сейчас это поле не изменить',
  copyValue: 'Скопировать',
  copyValueLabel: (value: string) => `Скопировать «${value}»`,
  copiedValue: 'Скопировано',
  copyFailed: 'Не получилось скопировать — выделите значение и скопируйте вручную',
  dismissConflict: 'Убрать',
  dismissConflictLabel: (value: string) => `Убрать «${value}»`,
  conflictFieldDeletedAt: 'Удаление',
  conflictFieldSubmittedAt: 'Отправка',
  conflictFieldWithdrawnAt: 'Отзыв заявления',
  conflictFieldDocumentIds: 'Документы заявления',
  conflictFieldChildId: 'Ребёнок',
  conflictFieldConsent: 'Согласие',
  conflictFieldServiceId: 'Услуга',
};
