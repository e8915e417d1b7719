import { SENDS_PER_FAMILY_PER_DAY } from '@rodnik/domain';
import type { conflictsRu } from './conflicts.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

export const conflictsEn: { [K in keyof typeof conflictsRu]: Widen<(typeof conflictsRu)[K]> } = {
  conflictsTitle: (label, n) =>
    n === 1
      ? `“${label}”: a value that did not make it`
      : `“${label}”: values that did not make it`,
  conflictsOtherTitle: 'Changes that did not make it into the record',
  conflictFromThisDevice: 'from this device',
  conflictFromOtherDevice: 'from another device',
  conflictMoscowTime: (time) => `${time} Moscow time`,
  conflictCurrent: (value) => `In the field now: “${value}”`,
  conflictEmpty: 'empty',
  conflictYes: 'yes',
  conflictNo: 'no',
  keepMine: 'Keep mine',
  keepMineLabel: (value) => `Keep mine: “${value}”`,
  keepOther: 'Keep the other device’s',
  keepOtherLabel: (value) => `Keep the other device’s: “${value}”`,
  conflictReasonApplicationSent: 'The application has been sent — this field can no longer change',
  conflictReasonCardChecked:
    'The card is being checked or already checked — this field changes only with a new submission',
  conflictReasonScanKept: 'The scan stays with the sent application — it cannot be deleted',
  conflictReasonRefused: 'The server did not accept this change',
  conflictReasonSendQuota: `Your family has already sent ${SENDS_PER_FAMILY_PER_DAY} applications today — send this one tomorrow; the draft is kept`,
  conflictNotEditable: 'This field cannot change now',
  copyValue: 'Copy',
  copyValueLabel: (value) => `Copy “${value}”`,
  copiedValue: 'Copied',
  copyFailed: 'Could not copy — select the value and copy it by hand',
  dismissConflict: 'Remove',
  dismissConflictLabel: (value) => `Remove “${value}”`,
  conflictFieldDeletedAt: 'Deletion',
  conflictFieldSubmittedAt: 'Sending',
  conflictFieldWithdrawnAt: 'Withdrawal',
  conflictFieldDocumentIds: 'Application documents',
  conflictFieldChildId: 'Child',
  conflictFieldConsent: 'Consent',
  conflictFieldServiceId: 'Service',
};
