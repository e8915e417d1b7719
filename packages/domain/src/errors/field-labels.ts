import type { Locale } from './types.ts';

type Label = { ru: string; en: string };

/** Labels for every field path of the child card and the account forms. */
export const FIELD_LABELS: Readonly<Record<string, Label>> = {
  // Child card
  surname: { ru: 'Фамилия', en: 'Surname' },
  givenName: { ru: 'Имя', en: 'Given name' },
  patronymic: { ru: 'Отчество', en: 'Patronymic' },
  birthDate: { ru: 'Дата рождения', en: 'Date of birth' },
  sex: { ru: 'Пол', en: 'Sex' },
  birthPlace: { ru: 'Место рождения', en: 'Place of birth' },
  citizenship: { ru: 'Гражданство', en: 'Citizenship' },
  address: { ru: 'Адрес регистрации', en: 'Registration address' },
  'address.region': { ru: 'Регион', en: 'Region' },
  'address.district': { ru: 'Район', en: 'District' },
  'address.settlement': { ru: 'Населённый пункт', en: 'Town or village' },
  'address.street': { ru: 'Улица', en: 'Street' },
  'address.house': { ru: 'Дом', en: 'House' },
  'address.building': { ru: 'Корпус или строение', en: 'Building' },
  'address.apartment': { ru: 'Квартира', en: 'Apartment' },
  'address.postcode': { ru: 'Индекс', en: 'Postcode' },
  residenceSameAsRegistration: {
    ru: 'Адрес проживания совпадает с адресом регистрации',
    en: 'Lives at the registration address',
  },
  residenceAddress: { ru: 'Адрес проживания', en: 'Residence address' },
  'residenceAddress.region': { ru: 'Адрес проживания: регион', en: 'Residence: region' },
  'residenceAddress.district': { ru: 'Адрес проживания: район', en: 'Residence: district' },
  'residenceAddress.settlement': {
    ru: 'Адрес проживания: населённый пункт',
    en: 'Residence: town or village',
  },
  'residenceAddress.street': { ru: 'Адрес проживания: улица', en: 'Residence: street' },
  'residenceAddress.house': { ru: 'Адрес проживания: дом', en: 'Residence: house' },
  'residenceAddress.building': {
    ru: 'Адрес проживания: корпус или строение',
    en: 'Residence: building',
  },
  'residenceAddress.apartment': { ru: 'Адрес проживания: квартира', en: 'Residence: apartment' },
  'residenceAddress.postcode': { ru: 'Адрес проживания: индекс', en: 'Residence: postcode' },
  relation: { ru: 'Кем вы приходитесь ребёнку', en: 'Your relation to the child' },
  birthCertificate: { ru: 'Свидетельство о рождении', en: 'Birth certificate' },
  'birthCertificate.kind': {
    ru: 'Вид свидетельства о рождении',
    en: 'Birth certificate type',
  },
  'birthCertificate.series': {
    ru: 'Серия свидетельства о рождении',
    en: 'Birth certificate series',
  },
  'birthCertificate.number': {
    ru: 'Номер свидетельства о рождении',
    en: 'Birth certificate number',
  },
  'birthCertificate.issueDate': {
    ru: 'Дата выдачи свидетельства о рождении',
    en: 'Birth certificate issue date',
  },
  'birthCertificate.issuedBy': {
    ru: 'Кем выдано свидетельство о рождении',
    en: 'Birth certificate issued by',
  },
  'birthCertificate.country': {
    ru: 'Страна выдачи свидетельства о рождении',
    en: 'Birth certificate country',
  },
  snils: { ru: 'СНИЛС', en: 'SNILS' },
  inn: { ru: 'ИНН', en: 'INN' },
  omsPolicy: { ru: 'Номер полиса ОМС', en: 'OMS policy number' },
  consent: { ru: 'Согласие на обработку персональных данных', en: 'Personal-data consent' },
  'consent.given': {
    ru: 'Согласие на обработку персональных данных',
    en: 'Personal-data consent',
  },
  'consent.at': { ru: 'Время согласия', en: 'Consent time' },
  // Account forms
  phone: { ru: 'Телефон', en: 'Phone' },
  email: { ru: 'Электронная почта', en: 'E-mail' },
  contact: { ru: 'Телефон или электронная почта', en: 'Phone or e-mail' },
  login: { ru: 'Логин', en: 'Login' },
  password: { ru: 'Пароль', en: 'Password' },
  passwordConfirm: { ru: 'Повтор пароля', en: 'Repeat password' },
  code: { ru: 'Код', en: 'Code' },
  linkingCode: { ru: 'Код привязки', en: 'Linking code' },
  // Parent's passport (identity confirmation)
  passport: { ru: 'Паспорт', en: 'Passport' },
  'passport.surname': { ru: 'Фамилия', en: 'Surname' },
  'passport.givenName': { ru: 'Имя', en: 'Given name' },
  'passport.patronymic': { ru: 'Отчество', en: 'Patronymic' },
  'passport.birthDate': { ru: 'Дата рождения', en: 'Date of birth' },
  'passport.series': { ru: 'Серия паспорта', en: 'Passport series' },
  'passport.number': { ru: 'Номер паспорта', en: 'Passport number' },
  'passport.issueDate': { ru: 'Дата выдачи паспорта', en: 'Passport issue date' },
  'passport.issuedBy': { ru: 'Кем выдан паспорт', en: 'Passport issued by' },
  'passport.departmentCode': { ru: 'Код подразделения', en: 'Department code' },
  // Document scans
  file: { ru: 'Файл', en: 'File' },
  // Service application forms (catalog field ids; the catalog has the exact per-service labels)
  municipality: { ru: 'Муниципалитет', en: 'Municipality' },
  preferredKindergartens: { ru: 'Желаемые детские сады', en: 'Preferred kindergartens' },
  startDate: { ru: 'Дата начала', en: 'Start date' },
  groupType: { ru: 'Вид группы', en: 'Group type' },
  hasBenefit: { ru: 'Есть льгота', en: 'Has a priority right' },
  benefitCategory: { ru: 'Льготная категория', en: 'Priority category' },
  school: { ru: 'Школа', en: 'School' },
  grade: { ru: 'Класс', en: 'Grade' },
  familyMembers: { ru: 'Члены семьи', en: 'Family members' },
  income12Months: {
    ru: 'Доход семьи за последние 12 месяцев',
    en: 'Family income for the last 12 months',
  },
  bik: { ru: 'БИК банка', en: 'Bank BIK' },
  bankAccount: { ru: 'Номер счёта', en: 'Account number' },
  clinic: { ru: 'Поликлиника', en: 'Polyclinic' },
  insurer: { ru: 'Страховая медицинская организация', en: 'Health insurer' },
  policyForm: { ru: 'Вид полиса', en: 'Policy form' },
  purpose: { ru: 'Для чего нужен документ', en: 'What the document is for' },
  club: { ru: 'Кружок или секция', en: 'Club or section' },
  specialty: { ru: 'Специальность врача', en: "Doctor's specialty" },
  doctor: { ru: 'Врач', en: 'Doctor' },
  slot: { ru: 'Дата и время приёма', en: 'Date and time of the visit' },
  groupFormat: { ru: 'Группа', en: 'Group' },
  ownsSecondHome: { ru: 'Второе жильё или автомобиль', en: 'Second home or car' },
  childrenCount: { ru: 'Сколько детей в семье', en: 'Number of children' },
  employment: { ru: 'Занятость', en: 'Employment' },
  employer: { ru: 'Работодатель', en: 'Employer' },
  leaveStart: { ru: 'Начало отпуска по уходу', en: 'Parental leave start' },
  otherParentNotPaid: {
    ru: 'Второй родитель пособие не получает',
    en: 'The other parent is not paid this allowance',
  },
};

/** The localized label of a field path; an unknown path falls back to the path itself. */
export function fieldLabel(path: string, locale: Locale): string {
  const label = Object.hasOwn(FIELD_LABELS, path) ? FIELD_LABELS[path] : undefined;
  return label === undefined ? path : label[locale];
}
