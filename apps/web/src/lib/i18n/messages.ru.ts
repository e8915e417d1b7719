/**
 * Every word the web app shows, in Russian (the source language). English in
 * messages.en.ts must have the same keys and parameter shapes (checked by tsc).
 * Field labels and validation messages come from the domain (`fieldLabel`,
 * `messageFor`), so the form and the server say the same thing.
 */
export const ru = {
  appName: 'Родник',
  skipToContent: 'Перейти к содержанию',
  language: 'Язык',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  loading: 'Загрузка…',

  // Sign-in and sign-up
  signInTitle: 'Вход',
  signInLead:
    'Войдите, чтобы увидеть карточки детей. Код подтверждения придёт на телефон или почту.',
  login: 'Телефон или электронная почта',
  loginHint: 'Например, +7 900 123-45-67 или name@mail.ru',
  password: 'Пароль',
  signIn: 'Войти',
  continue: 'Продолжить',
  codeSentTo: (destination: string) => `Мы отправили код на ${destination}.`,
  code: 'Код из сообщения',
  codeHint: '6 цифр',
  confirm: 'Подтвердить',
  resendCode: 'Отправить код ещё раз',
  codeResent: 'Новый код отправлен.',
  back: 'Назад',
  noAccount: 'Нет учётной записи?',
  signUpLink: 'Зарегистрироваться',
  haveAccount: 'Уже зарегистрированы?',
  signInLink: 'Войти',
  signUpTitle: 'Регистрация',
  signUpLead: 'Коды подтверждения придут на телефон и на почту.',
  surname: 'Фамилия',
  givenName: 'Имя',
  patronymic: 'Отчество (если есть)',
  phone: 'Мобильный телефон',
  phoneHint: '+7 и 10 цифр',
  email: 'Электронная почта',
  newPassword: 'Пароль',
  newPasswordHint: 'Не короче 8 символов: заглавная и строчная латинские буквы, цифра и спецсимвол',
  signUp: 'Зарегистрироваться',
  confirmPhoneTitle: 'Подтвердите телефон',
  confirmEmailTitle: 'Подтвердите почту',
  signUpDone: 'Телефон и почта подтверждены. Теперь войдите.',
  networkError: 'Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.',
  offlineSignIn: 'Для входа нужна связь. Данные, уже сохранённые на устройстве, никуда не денутся.',
  required: 'Заполните это поле',

  // Session
  signOut: 'Выйти',
  sessionExpired: 'Сеанс истёк. Войдите снова — всё, что вы ввели, сохранено на устройстве.',
  signInAgain: 'Войти снова',
  appOutdated: 'Приложение устарело. Обновите его, чтобы продолжить синхронизацию.',

  // Status bar
  online: 'В сети',
  offline: 'Нет связи',
  pendingChanges: (n: number) =>
    n === 0
      ? 'Все изменения отправлены'
      : `Ждут отправки: ${n} ${plural(n, 'изменение', 'изменения', 'изменений')}`,
  lastSync: (time: string) => `Синхронизировано в ${time}`,
  neverSynced: 'Ещё не синхронизировано',
  firstSync: 'Загружаем данные семьи…',
  syncing: 'Синхронизация…',
  syncStatus: 'Состояние синхронизации',
  storageRefused:
    'Браузер может удалить данные при нехватке места. Установите приложение на главный экран, чтобы сохранить их надёжнее.',
  updateAvailable: 'Доступна новая версия приложения.',
  updateNow: 'Обновить',
  updateLater: 'Позже',
  updateAfterSave: 'Обновим, когда вы закончите ввод.',

  // Family
  familyTitle: 'Семья и дети',
  childrenHeading: 'Дети',
  noChildren: 'Пока нет ни одной карточки ребёнка.',
  addChild: 'Добавить ребёнка',
  unnamedChild: 'Без имени',
  openCard: 'Открыть карточку',
  notifications: 'Уведомления',

  // Card statuses
  status_draft: 'Черновик',
  status_waiting: 'Ждёт отправки',
  status_submitted: 'Отправлено на проверку',
  status_verifying: 'Проверяется',
  status_verified: 'Проверено',
  status_needs_correction: 'Нужно исправить',

  // Child card
  cardTitle: 'Карточка ребёнка',
  cardNotFound: 'Карточка не найдена на этом устройстве.',
  toFamily: 'К списку детей',
  draftSaved: 'Черновик сохранён на устройстве',
  sectionPerson: 'Ребёнок',
  sectionAddress: 'Адрес регистрации',
  sectionCertificate: 'Свидетельство о рождении',
  sectionNumbers: 'СНИЛС, ИНН, полис ОМС',
  dateHint: 'ДД.ММ.ГГГГ',
  male: 'Мужской',
  female: 'Женский',
  certificateRu: 'Российское',
  certificateForeign: 'Иностранное',
  seriesHint: 'Например, IV-МЮ',
  numberHint: '6 цифр',
  snilsHint: '123-456-789 01',
  show: 'Показать',
  hide: 'Скрыть',
  consent: 'Согласен на обработку персональных данных',
  submit: 'Отправить на проверку',
  submitFixFirst: (n: number) =>
    `Исправьте ${n} ${plural(n, 'поле', 'поля', 'полей')}, чтобы отправить карточку.`,
  waitingNote: 'Карточка отправится на проверку, как только появится связь.',
  submittedNote: 'Карточка на проверке. Результат придёт сюда.',
  verifiedNote: 'Данные подтверждены.',
  correctionNote: 'Проверка нашла расхождения. Исправьте отмеченные поля и отправьте снова.',
  correctionField: (label: string) => `Исправьте: ${label}`,
  conflictNote: (label: string, value: string) =>
    `Поле «${label}» изменено на другом устройстве. Ваше значение: «${value}».`,
  reapply: 'Вернуть моё',
  deleteChild: 'Удалить карточку',
} as const;

/** Russian plural forms: 1 изменение, 2 изменения, 5 изменений. */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;
/** The shape every language's catalogue must have. */
export type Messages = { readonly [K in keyof typeof ru]: Widen<(typeof ru)[K]> };
