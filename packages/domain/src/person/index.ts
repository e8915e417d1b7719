export { Snils, formatSnils, isValidSnils, normalizeSnils, snilsControl } from './snils.ts';
export { Inn, innControlDigits, isValidInn, normalizeInn } from './inn.ts';
export { PhoneRu, formatPhoneRu, isPhoneRu, normalizePhoneRu } from './phone.ts';
export { NAME_MAX_LENGTH, PersonName, PersonNamePart, normalizeNamePart } from './name.ts';
export type { PersonNameData, PersonNameInput } from './name.ts';
export { EMAIL_MAX_LENGTH, Email, isEmail, normalizeEmail } from './contact.ts';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Password,
  isCommonPassword,
  passwordProblem,
  passwordStrength,
} from './password.ts';
export type { PasswordStrength } from './password.ts';
export { OmsPolicyNumber, normalizeOms } from './oms.ts';
export { PassportDepartmentCode, PassportNumber, PassportRu, PassportSeries } from './passport.ts';
export type { PassportRuData, PassportRuInput } from './passport.ts';
export * from './member-passport.ts';
