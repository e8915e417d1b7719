import type { ServiceCategory } from '@rodnik/domain';
import type { servicesRu } from './services.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

const rub = (n: number) => `₽${new Intl.NumberFormat('en-GB').format(n)}`;

/** The services list, decisions, payments, notification settings (issue 13), spread into `en`. */
export const servicesEn: { [K in keyof typeof servicesRu]: Widen<(typeof servicesRu)[K]> } = {
  serviceCategory: (c: ServiceCategory): string =>
    ({
      education: 'Education',
      health: 'Health',
      documents: 'Documents and certificates',
      leisure: 'Clubs and leisure',
      benefits: 'Benefits and payments',
    })[c],
  serviceUnavailable: 'Not available for this child:',
  serviceDraftWouldWait: 'You can start a draft; it can be sent once that is done.',
  paidPrice: (n) => `Paid group: ${rub(n)} a month. Payment follows the approval.`,
  paidNoPrice: 'This club has no paid group — choose the free one.',
  resultHeading: 'What happens next',
  result_place: 'Place',
  result_startDate: 'Start date',
  result_referral: 'Referral',
  result_bring: 'What to bring',
  result_byDate: 'By when',
  result_documentNumber: 'Document number',
  result_amountRub: 'Amount a month',
  amountRub: rub,
  issuedDocumentHeading: 'Document for this application',
  issuedDocumentNumber: (n) => `No. ${n}`,
  issuedDocumentIssued: (d) => `Issued ${d}`,
  printDocument: 'Print',
  paymentHeading: 'Payment',
  payoutHeading: 'Payouts',
  paymentStatus: (s) =>
    ({
      'awaiting-payment': 'Awaiting payment',
      paid: 'Paid',
      scheduled: 'Scheduled',
      failed: 'Failed',
    })[s] ?? s,
  paymentAmount: (n) => rub(n),
  paymentReference: (r) => `Reference: ${r}`,
  paymentHistory: 'History',
  conversationHeading: 'Questions and answers',
  conversationOperator: 'Question from the office',
  conversationFamily: 'Answer from the family',
  replyLabel: 'Your answer to the question',
  replyHint: 'Optional: say what you corrected, or why it is so.',
  correctableHeading: 'What can be corrected',
  correctResend: 'Correct and send again',
  correctsNote: (n) => `A corrected application replacing No. ${n}.`,
  notifySettingsLink: 'SMS and e-mail notifications',
  notifySettingsTitle: 'SMS and e-mail notifications',
  notifyLead:
    'When an application changes status or is decided, Rodnik writes to you even if the app is closed.',
  notifyPrivacy:
    'Messages hold only the request number and the service — no names, nothing about the children.',
  notifyChannels: 'Where to write',
  notifySms: 'SMS to the phone',
  notifyEmail: 'E-mail',
  notifyEvents: 'What to tell',
  notifyEventStatus: 'Status changes of applications',
  notifyEventDecision: 'Decisions: approved or refused',
  notifyQuiet: 'Quiet hours (Moscow time)',
  notifyQuietHint: 'No SMS during these hours — they go when the quiet hours end.',
  notifyQuietOn: 'Do not disturb at night',
  notifyQuietFrom: 'From (hour)',
  notifyQuietTo: 'To (hour)',
  notifySave: 'Save',
  notifySaving: 'Saving…',
  notifySaved: 'Saved.',
  notifyLoadFailed: 'Could not load the settings. Check the connection and reload.',
  notifyOffline: 'No connection: press «Save» again once it is back.',
  notifyHourInvalid: 'An hour is a whole number from 0 to 23.',
  opApplicant: 'Applicant',
  opScans: 'Scans',
  opScanState: (s) =>
    ({
      queued: 'not uploaded yet',
      uploading: 'uploading',
      uploaded: 'being checked',
      accepted: 'accepted',
      rejected: 'rejected',
    })[s] ?? s,
  opLive: 'The list updates by itself.',
  opResultHeading: 'Result for the family',
  opCorrectable: 'The family may correct it and send again',
  opCorrectableFields: 'What to correct (fields)',
};
