import type { DiaryStatus } from '@rodnik/domain';

/** The electronic diary: consent, grades and homework (issue 13), spread into `ru`. */
export const diaryRu = {
  diaryTitle: 'Электронный дневник',
  diaryLink: 'Электронный дневник',
  diaryMine: 'Мой дневник',
  diaryLead:
    'Оценки и домашние задания из школьного электронного дневника. Полученные данные открываются и без связи.',
  diaryNoChildren: 'Добавьте карточку ребёнка, чтобы подключить дневник.',
  diaryNotFound: 'Такого ребёнка нет в семье.',
  diaryStatus: (status: DiaryStatus): string =>
    ({
      none: 'Дневник не подключён',
      waiting: 'Согласие дано, ждём данные из школы',
      ready: 'Дневник подключён',
      'not-school-age': 'Школа не ведёт дневник этого ребёнка: он ещё не школьного возраста',
      'card-not-verified': 'Дневник откроется, когда карточка ребёнка пройдёт проверку',
      withdrawn: 'Согласие отозвано, оценки удалены',
    })[status],
  diaryConsentHeading: 'Согласие на передачу данных',
  diaryConsentWhat:
    'Чтобы найти ученика, в школьный реестр передаются дата рождения и данные свидетельства о рождении из проверенной карточки. Обратно приходят оценки по предметам и домашние задания.',
  diaryConsentWho:
    'Их увидят родители в семье и сам ребёнок в своём аккаунте. Данные обновляются несколько раз в день.',
  diaryConsentWithdrawNote:
    'Согласие можно отозвать в любой момент: полученные оценки и задания удалятся с сервера и со всех телефонов семьи.',
  diaryGiveConsent: 'Дать согласие и подключить',
  diaryWithdraw: 'Отозвать согласие',
  diaryWithdrawQuestion: 'Отозвать согласие? Оценки и задания удалятся со всех телефонов семьи.',
  diaryConsentGivenAt: (at: string) => `Согласие дано ${at}.`,
  diaryFetchedAt: (at: string) => `Данные из школы получены ${at}.`,
  diaryUnsent: 'Выбор сохранён на телефоне и уйдёт на сервер, когда появится связь.',
  diaryChildNote: 'Подключить или отключить дневник может родитель.',
  diaryGradesHeading: 'Оценки',
  diaryHomeworkHeading: 'Домашние задания',
  diaryNoGrades: 'Оценок пока нет.',
  diaryNoHomework: 'Заданий пока нет.',
  diaryGrade: (value: number, date: string) => `оценка ${value}, ${date}`,
  diaryDue: (date: string) => `К ${date}`,
};
