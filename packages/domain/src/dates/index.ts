export {
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isRealDate,
  isoDatePart,
  parseIsoDate,
  toIsoDate,
} from './calendar.ts';
export type { YMD } from './calendar.ts';
export { DateRu, MIN_DATE, formatDateRu, parseDateRu, tidyDateRu } from './date-ru.ts';
export { readDateParts, shapeDateTyping } from './date-input.ts';
export { AGE_OF_MAJORITY, STANDARD_ACCOUNT_AGE, accountKindFor, ageOn, isMinor } from './age.ts';
export type { AccountKind } from './age.ts';
export { SERVICE_TIME_ZONE, serviceDay, serviceToday } from './service-day.ts';
