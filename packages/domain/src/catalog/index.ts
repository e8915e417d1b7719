export type {
  BankAccountField,
  BikField,
  BooleanField,
  ChoiceSource,
  Condition,
  ConditionValue,
  DateField,
  DocumentRule,
  Eligibility,
  FieldKind,
  FormField,
  GroupField,
  Localized,
  MoneyField,
  MultiSelectField,
  NumberField,
  OmsPolicyField,
  ScalarField,
  SelectField,
  SelectOption,
  Service,
  TextField,
} from './service.ts';
export { answersSchema, conditionHolds, visibleFieldIds } from './answers.ts';
export type { AnswerValue, Answers, AnswersSchema, AnswersSchemaDeps } from './answers.ts';
export {
  CHILD_BENEFIT,
  KINDERGARTEN_ENROLMENT,
  POLYCLINIC_ATTACHMENT,
  SCHOOL_ENROLMENT,
  SERVICE_CATALOG,
  serviceById,
} from './catalog.ts';
export type { ServiceId } from './catalog.ts';
export { eligibility, requiredDocumentsFor } from './rules.ts';
export { answerFieldLabel, validateAnswers } from './validate-answers.ts';
export type { EligibilityInput, IneligibilityReason } from './rules.ts';
export {
  RU_HOLIDAYS_2026,
  addWorkingDays,
  isWorkingDay,
  ruHolidays,
  statutoryHolidays,
} from './working-days.ts';
export { REQUEST_NUMBER_MAX, formatRequestNumber, parseRequestNumber } from './request-number.ts';
export type { RequestNumberParts } from './request-number.ts';
export { SENDS_PER_FAMILY_PER_DAY, sendQuotaExceeded, sendQuotaResetsAt } from './send-quota.ts';
export { DIRECTORIES, directoryEntries, directoryLabel, isDirectoryValue } from './directories.ts';
export type { DirectoryEntry } from './directories.ts';
export type { PaymentRule, ResultPart, ServiceCategory } from './service.ts';
export { directoryEntry } from './directories.ts';
export { paymentPlan, priceOf } from './payments.ts';
export type { PaymentPlan } from './payments.ts';
export {
  ConversationEntry,
  Correctable,
  DecisionResult,
  IssuedDocument,
  PaymentState,
  PaymentStatus,
  mayCorrectAndResend,
} from './decision.ts';
export { CHILDCARE_ALLOWANCE, LARGE_FAMILY_STATUS, UNIFIED_BENEFIT } from './benefit-services.ts';
export {
  OMS_POLICY_CHILD,
  REGISTER_EXTRACT,
  SNILS_CHILD,
  STUDY_CERTIFICATE,
} from './document-services.ts';
export { CLUBS_AND_SECTIONS } from './leisure-services.ts';
