/**
 * Accounts (issue 17): «Забыли пароль?», the child's first password,
 * «Настройки» (password, phone, e-mail), the strength meter, offline and
 * resend words of the auth screens. Spread into `ru`.
 */
export const accountRu = {
  forgotPassword: 'Забыли пароль?',
  childCodeLink: 'Пришёл код на почту от Родника? Задайте пароль',
  offlineAuth:
    'Нет связи. Для этого шага нужна связь — введённое останется здесь, отправьте, когда связь появится.',
  resendIn: (wait: string) => `Повторная отправка через ${wait}`,
  strengthLabel: 'Надёжность пароля',
  strength: (level: number) =>
    ['Не подойдёт', 'Сойдёт, но длиннее — лучше', 'Хороший пароль', 'Надёжный пароль'][level] ?? '',

  resetTitle: 'Восстановление пароля',
  resetLead:
    'Укажите телефон или почту, с которыми входите. Если такая учётная запись есть, мы пришлём код.',
  getCode: 'Получить код',
  resetCodeLead:
    'Если такая учётная запись есть, код отправлен на её телефон (или на почту, если телефона нет). Введите код и новый пароль.',
  newPasswordLabel: 'Новый пароль',
  savePassword: 'Сохранить пароль',
  resetDone: 'Пароль изменён. Войдите с новым паролем.',
  otherLogin: 'Указать другой телефон или почту',

  setPasswordTitle: 'Пароль для учётной записи',
  setPasswordLead:
    'Для вас в Роднике создана учётная запись, и на почту пришло письмо с кодом. Введите почту, код из письма и придумайте пароль.',
  setPasswordDone: 'Пароль задан. Теперь войдите: почта и пароль.',
  codeExpiredHint: 'Код действует 10 минут. Устарел — отправьте новый.',

  settingsTitle: 'Настройки',
  settingsLink: 'Настройки: пароль, телефон, почта',
  settingsLead: 'Изменения сохраняются на сервере, поэтому для них нужна связь.',
  passwordHeading: 'Пароль',
  currentPassword: 'Текущий пароль',
  changePassword: 'Сменить пароль',
  passwordChanged: 'Пароль изменён. На других устройствах нужно будет войти с новым паролем.',
  phoneHeading: 'Телефон',
  emailHeading: 'Электронная почта',
  currentContact: (value: string) => `Сейчас: ${value}`,
  contactNone: 'Сейчас: не указан',
  newPhone: 'Новый номер телефона',
  newEmail: 'Новый адрес почты',
  contactCodeLead: (value: string) =>
    `Код отправлен на ${value}, если этот номер или адрес не занят другой учётной записью.`,
  phoneChanged: 'Телефон изменён.',
  emailChanged: 'Почта изменена.',
  cancel: 'Отмена',
  notificationSettingsLink: 'Уведомления: что и куда присылать',
} as const;
