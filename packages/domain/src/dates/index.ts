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
export { DateRu, MIN_DATE, formatDateRu, parseDateRu } from './date-ru.ts';
export { AGE_OF_MAJORITY, STANDARD_ACCOUNT_AGE, accountKindFor, ageOn, isMinor } from './age.ts';
export type { AccountKind } from './age.ts';
export { SERVICE_TIME_ZONE, serviceDay } from './service-day.ts';
