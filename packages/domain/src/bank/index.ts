export { Bik, isBankOfRussiaBik, isBik, normalizeBik } from './bik.ts';
export {
  BankAccount,
  bankAccountControlDigit,
  bankAccountKeyPrefix,
  isAccountValidForBik,
  isBankAccountFormat,
  normalizeBankAccount,
} from './account.ts';
