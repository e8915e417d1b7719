/**
 * The child card form (issue 17): required marks, dates and countries, the
 * residence address, the relation to the child, editing a verified card.
 * Spread into `ru`.
 */
export const childCardRu = {
  requiredLegend: 'Поля со звёздочкой * обязательны.',
  dateKeypadHint: 'ДД.ММ.ГГГГ — можно набрать одни цифры',
  citizenshipHint: 'Начните вводить и выберите из списка, например «Россия»',
  countryHint: 'Начните вводить и выберите из списка',
  sectionResidence: 'Адрес проживания',
  residenceSame: 'Ребёнок живёт по адресу регистрации',
  relationMother: 'Мать',
  relationFather: 'Отец',
  relationAdoptive: 'Усыновитель',
  relationGuardian: 'Опекун или попечитель',
  relationParentHint: 'Вы должны быть указаны родителем в свидетельстве о рождении.',
  relationDocumentHint:
    'Приложите решение об опеке или об усыновлении в разделе «Документы» ниже — без него карточку не подтвердят.',
  errorSummaryLead: 'Нажмите на поле, чтобы перейти к нему:',
  editVerified: 'Изменить данные',
  editVerifiedNote:
    'Вы меняете подтверждённую карточку. Когда вы отправите изменения, изменённые поля проверят заново.',
  changedFields: (labels: string) => `Будут проверены заново: ${labels}.`,
  noChangesYet: 'Вы ещё ничего не изменили.',
  submitChanges: 'Отправить изменения на проверку',
  cancelEdit: 'Отменить изменения',
  reverifyingNote:
    'Изменения отправлены и проверяются заново. Результат придёт сюда; до него карточку не изменить.',
  docKind_guardianship: 'Решение об опеке или об усыновлении',
  kind_guardianship: 'Решение об опеке или об усыновлении',
};
