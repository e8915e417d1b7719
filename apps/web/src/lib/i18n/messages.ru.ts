import { uploadsRu } from './uploads.ru.ts';

/**
 * Every word the web app shows, in Russian (the source language). English in
 * messages.en.ts must have the same keys and parameter shapes (checked by tsc).
 * Field labels and validation messages come from the domain (`fieldLabel`,
 * `messageFor`), so the form and the server say the same thing.
 */
import { applicationsRu } from './applications.ru.ts';
import { conflictsRu } from './conflicts.ru.ts';
import { syncRu } from './sync.ru.ts';
import { deletionRu } from './deletion.ru.ts';
import { childCardRu } from './child-card.ru.ts';
import { linkingRu } from './linking.ru.ts';
import { servicesRu } from './services.ru.ts';
import { diaryRu } from './diary.ru.ts';
import { appointmentsRu } from './appointments.ru.ts';
import { accountRu } from './account.ru.ts';
import { shellRu } from './shell.ru.ts';

export const ru = {
  ...applicationsRu,
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
  // Sign-up answers alike for a new and a taken contact; a taken one gets a notice, not a code.
  codeNotArrivedPhone:
    'Код не пришёл? Если у этого номера уже есть учётная запись, мы отправили напоминание — войдите или восстановите пароль.',
  codeNotArrivedEmail:
    'Код не пришёл? Если у этой почты уже есть учётная запись, мы отправили напоминание — войдите или восстановите пароль.',
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
  newPasswordHint: 'Не короче 10 символов, любые буквы — можно несколько слов через пробел',
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
  deleteChild: 'Удалить карточку',
  // Sign-up role
  roleQuestion: 'Кто регистрируется',
  roleParent: 'Я родитель',
  roleChild: 'Мне 14 лет или больше',
  roleChildHint: 'Свою учётную запись вы потом свяжете с родителем по коду из его приложения.',
  loginOrChildLogin: 'Телефон, почта или логин',
  loginOrChildLoginHint: 'Например, +7 900 123-45-67, name@mail.ru или логин ребёнка',

  // Child accounts on the card
  accountSection: 'Учётная запись ребёнка',
  accountAfterVerification:
    'Учётную запись ребёнка можно создать или привязать, когда карточка пройдёт проверку.',
  linkedNote: 'Учётная запись ребёнка привязана к семье.',
  unlinkedNote: 'Учётная запись ребёнка отвязана от семьи. Данные сохранены.',
  unlink: 'Отвязать',
  unlinkLead:
    'Учётная запись ребёнка уйдёт из семьи. Данные не удаляются; привязать снова можно новым кодом.',
  unlinkConfirm: 'Да, отвязать',
  unlinkDone: 'Учётная запись отвязана.',
  requestLinkCode: 'Получить код привязки',
  requestNewLinkCode: 'Получить новый код',
  linkCodeLead:
    'Ребёнку 14 лет или больше: он регистрируется сам и вводит этот код в разделе «Документы» своего приложения.',
  linkCodeWaiting: 'Запрос ждёт отправки',
  linkCodeWaitingNote: 'Код появится здесь, как только появится связь.',
  linkCodeIssuing: 'Код готовится — он появится здесь через несколько секунд.',
  linkCodeLabel: 'Код привязки',
  linkCodeValidUntil: (at: string) => `Действует до ${at}`,
  linkCodeExpired: (at: string) => `Срок действия кода истёк ${at}. Получите новый код.`,
  linkCodeVoidsOld: 'Новый код отменит прежний.',
  createChildAccount: 'Создать учётную запись ребёнка',
  createChildAccountLead:
    'Ребёнку нет 14 лет: учётную запись создаёте вы, и она сразу привязана к семье.',
  accountBy: 'Как ребёнок будет входить',
  accountByLogin: 'Логин и пароль',
  accountByEmail: 'Электронная почта ребёнка',
  childLogin: 'Логин',
  childLoginHint: 'Латинские буквы и цифры, от 4 символов, например anna.ivanova',
  childPassword: 'Пароль ребёнка',
  childEmailHint: 'На неё придёт код, чтобы ребёнок сам задал пароль.',
  accountCreated: (login: string) => `Учётная запись создана. Логин для входа: ${login}.`,
  accountCreatedEmail: (email: string) =>
    `Учётная запись создана. На ${email} отправлен код, чтобы ребёнок задал пароль.`,
  accountExists: 'У ребёнка есть учётная запись.',
  onlineOnly: 'Для этого нужна связь с сервером.',
  linkStatusLinked: 'Привязан',
  linkStatusCode: 'Код выдан',

  // Parents
  parentsTitle: 'Родители',
  parentsLink: 'Родители и приглашения',
  membersHeading: 'В семье',
  memberParent: 'родитель',
  memberChild: 'ребёнок',
  inviteHeading: 'Пригласить второго родителя',
  inviteLead: 'Мы отправим код приглашения на телефон или почту. Код действует 24 часа.',
  inviteLogin: 'Телефон или электронная почта второго родителя',
  inviteSend: 'Отправить приглашение',
  inviteSent: (login: string) =>
    `Приглашение отправлено на ${login}. Второй родитель входит в свою учётную запись и вводит код.`,
  acceptHeading: 'Принять приглашение',
  acceptLead: 'Вас пригласили в семью? Введите код из сообщения.',
  invitationCode: 'Код приглашения',
  acceptButton: 'Принять приглашение',
  acceptDone: 'Вы в семье. Карточки детей загружаются.',
  leaveHeading: 'Покинуть семью',
  leaveLead: 'Данные семьи останутся у второго родителя. У вас будет своя пустая семья.',
  leaveButton: 'Покинуть семью',
  leaveConfirm: 'Да, покинуть семью',
  leaveCancel: 'Отмена',
  leaveDone: 'Вы покинули семью.',

  // Child's own account
  childHomeTitle: 'Мой профиль',
  myCard: 'Моя карточка',
  myCardMissing: 'Карточка появится здесь, когда вы свяжете учётную запись с родителем.',
  myCardReadOnly: 'Карточку ведёт родитель. Если что-то не так, попросите его исправить.',
  birthDateLabel: 'Дата рождения',
  certificateLabel: 'Свидетельство о рождении',
  documentsHeading: 'Документы',
  documentsLead:
    'Свяжите учётную запись с родителем: тогда здесь появятся ваша карточка и документы.',
  linkToParent: 'Связать с родителем',
  linkedToParent: 'Учётная запись связана с родителем.',
  linkTitle: 'Связать с родителем',
  linkLead:
    'Введите серию и номер своего свидетельства о рождении — как в карточке, которую завёл родитель.',
  linkSeries: 'Серия свидетельства',
  linkSeriesHint: 'Например, II-АК',
  linkNumber: 'Номер свидетельства',
  linkNumberHint: '6 цифр',
  linkButton: 'Связать',
  linkCodeStep: 'Теперь введите код привязки, который родитель получил в своём приложении.',
  linkCodeInput: 'Код привязки',
  linkCodeInputHint: '8 знаков, например ABCD-2345',
  linkCodeShape: 'Код — 8 латинских букв и цифр, например ABCD-2345',
  linkDone: 'Готово: учётная запись связана с родителем.',
  linkLocked: 'Привязка временно заблокирована.',
  toHome: 'На главную',
  ...uploadsRu,
  // Kept losing values beside a field (issue 11): their own file.
  ...conflictsRu,
  // Why changes wait, «Недавно удалённые» (issue 11): their own file.
  ...syncRu,
  // Deleting a card or a draft, the deleted banner (issue 11): their own file.
  ...deletionRu,
  // The child card form (issue 17): its own file.
  ...childCardRu,
  ...linkingRu,
  // Services, decisions, payments, notification settings (issue 13): their own file.
  ...servicesRu,
  // The electronic diary (issue 13): its own file.
  ...diaryRu,
  // Booking a doctor (issue 13): its own file.
  ...appointmentsRu,
  // Accounts: reset, settings, the password meter (issue 17): their own file.
  ...accountRu,
  // The signed-in shell: status lines, sign-out warning (issue 17): their own file.
  ...shellRu,
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
