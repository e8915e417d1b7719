export { ERROR_CODES, isErrorCode } from './codes.ts';
export type { ErrorCode } from './codes.ts';
export type { ApiError, FieldError, Locale, MessageCatalog, MessageParams } from './types.ts';
export { MESSAGES_RU } from './messages.ru.ts';
export { MESSAGES_EN } from './messages.en.ts';
export { FIELD_LABELS, fieldLabel } from './field-labels.ts';
export { apiError, fieldError, messageFor } from './api-error.ts';
export { codedString, missingOrInvalid, optionalField, requiredText } from './coded-string.ts';
export type { Problem } from './coded-string.ts';
