import type { MessageCatalog } from './types.ts';
import { clause, param, withField } from './message-format.ts';

/** Russian texts for every code: field codes name the field and say the fix. */
export const MESSAGES_RU: MessageCatalog = {
  required: (p) => withField(p, 'заполните поле'),
  'invalid-value': (p) => withField(p, 'недопустимое значение — выберите из списка или исправьте'),
  'too-long': (p) =>
    withField(p, `слишком длинно — сократите${clause(p, 'max', (m) => ` до ${m} символов`)}`),
  'name-latin-letters': (p) => withField(p, 'латинские буквы — введите кириллицей'),
  'name-invalid-characters': (p) =>
    withField(
      p,
      'допустимы только русские буквы, дефис, апостроф и пробел между частями — уберите лишние знаки',
    ),
  'name-too-long': (p) => withField(p, `не больше ${param(p, 'max', '60')} символов — сократите`),
  'snils-format': (p) => withField(p, 'нужно 11 цифр, например 123-456-789 01'),
  'snils-checksum': (p) =>
    withField(p, 'контрольное число не сходится — сверьте цифры с документом'),
  'inn-format': (p) => withField(p, 'нужно 12 цифр (ИНН физического лица)'),
  'inn-checksum': (p) => withField(p, 'контрольные цифры не сходятся — сверьте номер с документом'),
  'phone-format': (p) =>
    withField(p, 'нужен российский номер: +7 и 10 цифр, например +7 912 345-67-89'),
  'email-format': (p) => withField(p, 'проверьте адрес — нужен вид name@example.ru'),
  'password-too-short': (p) => withField(p, `не короче ${param(p, 'min', '8')} символов`),
  'password-too-weak': (p) =>
    withField(p, 'добавьте заглавную и строчную латинские буквы, цифру и спецсимвол'),
  'date-format': (p) => withField(p, 'введите дату в виде ДД.ММ.ГГГГ'),
  'date-not-real': (p) => withField(p, 'такой даты нет в календаре — проверьте день и месяц'),
  'date-in-future': (p) => withField(p, 'дата ещё не наступила — проверьте год'),
  'date-too-old': (p) =>
    withField(p, `дата раньше ${param(p, 'min', '01.01.1900')} — проверьте год`),
  'birth-after-certificate-issue': (p) =>
    withField(p, 'свидетельство выдано раньше даты рождения — проверьте обе даты'),
  'certificate-series-format': (p) =>
    withField(
      p,
      'нужен вид IV-МЮ: римская цифра латинскими буквами, дефис и две русские заглавные буквы',
    ),
  'certificate-number-format': (p) => withField(p, 'нужно 6 цифр'),
  'country-code-format': (p) => withField(p, 'выберите страну из списка'),
  'oms-format': (p) => withField(p, 'нужно 16 цифр номера полиса'),
  'postcode-format': (p) => withField(p, 'нужно 6 цифр'),
  'consent-required': (p) => withField(p, 'отметьте его — без согласия продолжить нельзя'),

  'bad-request': () => 'Некорректный запрос.',
  'malformed-json': () => 'Запрос повреждён и не может быть прочитан.',
  'validation-failed': () => 'Проверьте отмеченные поля — в них ошибки.',
  unauthorized: () => 'Войдите в аккаунт.',
  'session-expired': () => 'Сеанс истёк — войдите снова. Введённое сохранено на устройстве.',
  forbidden: () => 'Нет доступа к этим данным.',
  'not-found': () => 'Не найдено.',
  'unknown-collection': (p) =>
    `Неизвестный раздел данных${clause(p, 'collection', (c) => ` «${c}»`)}.`,
  conflict: () => 'Данные изменились на другом устройстве — проверьте и сохраните снова.',
  'payload-too-large': (p) =>
    `Слишком большой запрос или файл${clause(p, 'max', (m) => ` — не больше ${m}`)}.`,
  'rate-limited': (p) =>
    `Слишком много запросов. Попробуйте ${clause(p, 'retryAfter', (s) => `через ${s} с`) || 'чуть позже'}.`,
  'code-invalid': (p) =>
    `Неверный код — проверьте и введите снова${clause(p, 'attemptsLeft', (n) => ` (осталось попыток: ${n})`)}.`,
  'code-expired': () => 'Срок действия кода истёк — запросите новый.',
  'code-locked': (p) =>
    `Слишком много попыток. Попробуйте ${clause(p, 'until', (u) => `после ${u}`) || 'позже'}`,
  'code-resend-too-soon': (p) =>
    `Новый код можно запросить ${clause(p, 'seconds', (s) => `через ${s} с`) || 'чуть позже'}.`,
  'code-not-requested': () => 'Сначала запросите код.',
  'account-exists': () => 'Аккаунт с такими данными уже есть — войдите в него.',
  'invalid-credentials': () => 'Неверный логин или пароль.',
  'contact-not-confirmed': () => 'Подтвердите телефон или почту кодом из сообщения.',
  'upgrade-required': () => 'Приложение устарело — обновите его, чтобы продолжить синхронизацию.',
  'unsupported-media-type': (p) =>
    `Этот тип файла не поддерживается${clause(p, 'allowed', (a) => ` — подойдут: ${a}`)}.`,
  'internal-error': () => 'Что-то пошло не так на сервере. Попробуйте позже.',
  'illegal-transition': (p) =>
    `Это действие недоступно${clause(p, 'status', (s) => ` в статусе «${s}»`)}.`,
  'certificate-duplicate': (p) =>
    withField(
      p,
      'это свидетельство уже указано в другой семье — сверьте серию и номер или обратитесь в МФЦ',
    ),
  'registry-not-found': (p) =>
    withField(p, 'в реестре ЗАГС такой записи нет — сверьте серию, номер и дату выдачи'),
  'registry-name-mismatch': (p) =>
    withField(p, 'не совпадает с записью ЗАГС — введите как в свидетельстве о рождении'),
  'registry-birth-date-mismatch': (p) =>
    withField(p, 'не совпадает с записью ЗАГС — введите дату из свидетельства о рождении'),
  'registry-snils-mismatch': (p) =>
    withField(p, 'этот СНИЛС принадлежит другому человеку — сверьте номер с карточкой СНИЛС'),
  'delivery-failed': () =>
    'Не удалось отправить сообщение с кодом — запросите код ещё раз через минуту.',
  'login-format': (p) =>
    withField(
      p,
      'от 4 до 32 символов: латинские буквы, цифры, точка, дефис или подчёркивание, первая — буква',
    ),
  'child-not-verified': () =>
    'Сначала отправьте карточку ребёнка на проверку и дождитесь подтверждения — потом создайте аккаунт.',
  'child-too-old': () =>
    'Ребёнку уже 14 лет: он регистрируется сам, а вы привязываете его аккаунт кодом привязки.',
  'child-has-no-account': () => 'У ребёнка нет привязанного аккаунта — отвязывать нечего.',
  'link-code-invalid': (p) =>
    `Неверный код привязки — проверьте 8 символов и введите снова${clause(p, 'attemptsLeft', (n) => ` (осталось попыток: ${n})`)}.`,
  'link-code-expired': () =>
    'Срок действия кода привязки истёк — попросите родителя получить новый код.',
  'link-certificate-mismatch': () =>
    'Свидетельство не совпадает с карточкой ребёнка у родителя — сверьте серию и номер или попросите родителя получить код.',
  'link-locked': (p) =>
    `Слишком много неверных попыток привязки. Попробуйте ${clause(p, 'until', (u) => `после ${u}`) || 'через 30 минут'}.`,
  'family-not-empty': () =>
    'В вашей семье уже есть дети — присоединиться к другой семье можно только из пустой.',
  'family-last-parent': () =>
    'Вы единственный родитель в семье — сначала пригласите второго родителя.',
  'already-in-family': () => 'Этот аккаунт уже состоит в этой семье.',
  'bik-format': (p) => withField(p, 'нужно 9 цифр БИК банка, начинаются с 04'),
  'bank-account-format': (p) => withField(p, 'нужно 20 цифр номера счёта'),
  'bank-account-key': (p) =>
    withField(p, 'счёт не подходит к указанному БИК — сверьте счёт и БИК с реквизитами банка'),
  'number-format': (p) => withField(p, 'введите число'),
  'number-not-integer': (p) => withField(p, 'введите целое число'),
  'number-too-small': (p) => withField(p, `не меньше ${param(p, 'min', 'допустимого')}`),
  'number-too-large': (p) => withField(p, `не больше ${param(p, 'max', 'допустимого')}`),
  'money-format': (p) => withField(p, 'введите сумму в рублях, например 125 000,50'),
  'too-many-items': (p) =>
    withField(p, `не больше ${param(p, 'max', 'допустимого числа')} — уберите лишние`),
  'too-few-items': (p) => withField(p, `нужно не меньше ${param(p, 'min', '1')} — добавьте`),
  'duplicate-choice': (p) => withField(p, 'один и тот же вариант выбран дважды — уберите повтор'),
  'date-in-past': (p) => withField(p, 'дата уже прошла — выберите сегодняшнюю или позже'),
  'service-child-too-young': (p) =>
    `Услуга доступна для детей${clause(p, 'min', (m) => ` с ${m} лет`)} — ребёнок пока младше.`,
  'service-child-too-old': (p) =>
    `Услуга доступна для детей${clause(p, 'max', (m) => ` не старше ${m} лет`)} — ребёнок уже старше.`,
  'account-not-confirmed': () =>
    'Для этой услуги нужна подтверждённая учётная запись — подтвердите её в МФЦ или через Госуслуги.',
  'unknown-service': () => 'Такой услуги нет в каталоге — обновите приложение.',
};
