import type { uploadsRu } from './uploads.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;
type UploadsMessages = { readonly [K in keyof typeof uploadsRu]: Widen<(typeof uploadsRu)[K]> };

/** Document scans and identity confirmation (issue 6), spread into `en`. */
export const uploadsEn: UploadsMessages = {
  docsHeading: 'Documents',
  docsLead:
    'Take a photo of the document or pick a file: PDF, JPEG or PNG up to 5 MB. Files are kept on the device and sent by themselves when there is a connection.',
  kind_birth_certificate: 'Birth certificate',
  kind_parent_passport: "Parent's passport",
  kind_oms_policy: 'OMS policy',
  kind_snils: 'SNILS',
  kind_proof_of_address: 'Proof of address',
  kind_income_statement: 'Income statement',
  kind_medical_record: 'Medical record',
  kind_school_certificate: 'School certificate',
  kind_other: 'Other document',
  takePhoto: 'Take a photo',
  pickFile: 'Pick a file',
  takePhotoOf: (label) => `Take a photo: ${label}`,
  pickFileFor: (label) => `Pick a file: ${label}`,
  pageN: (n) => `Page ${n}`,
  noPages: 'Nothing attached yet.',
  preparing: 'Compressing and saving…',
  scanHeldIn: (box, holder) =>
    `“${box}” ${holder === 'application' ? 'in this application' : holder === 'card' ? "on the child's card" : 'in the profile'}`,
  compressedSaving: (from, to) => `Compressed: ${from} → ${to}`,
  storedSize: (size) => `Saved on the device: ${size}`,
  up_offline: 'Waiting for a connection — it will be sent by itself',
  up_waiting_record: "Waiting for the server: the document's record goes there first",
  up_queued: 'Queued for sending',
  up_uploading: (percent) => `Sending: ${percent}%`,
  up_retrying_network: (time) => `The connection dropped — resuming at ${time}`,
  up_retrying_server: (time) => `The server did not answer — resuming at ${time}`,
  up_retrying_not_found: (time) =>
    `The server has not got the document's record yet — resuming at ${time}`,
  up_signed_out: 'Waiting for sign-in: sign in again — the file is kept on the device',
  up_refused: 'The server did not take the file',
  up_missing: 'The file is no longer on this device — attach it again',
  up_elsewhere: 'Being sent from another device',
  up_checking: 'Received, being checked',
  up_accepted: 'Accepted',
  up_rejected: 'Not accepted',
  uploadProgressLabel: (name) => `Sending ${name}`,
  retryUpload: 'Retry',
  removeFile: 'Remove',
  retakeFile: 'Retake',
  viewFile: 'Open',
  hideFile: 'Hide',
  downloadFile: 'Download',
  fileActionsFor: (name) => `Actions for ${name}`,
  removeFileConfirm: (name) => `Remove «${name}»? It goes from this device and from the server.`,
  openFailed: 'Could not open the file.',
  uploadsWaiting: (n) =>
    n === 0 ? 'All files sent' : `Waiting to be sent: ${n} ${n === 1 ? 'file' : 'files'}`,
  uploadsProgress: 'Sending files',

  profileTitle: 'My profile',
  profileLink: 'My profile',
  identityHeading: 'Account confirmation',
  identityLead:
    'A confirmed account is needed for linking codes and applications. Enter your passport details and attach a photo of its main page — we check them against the registry.',
  passportHeading: 'Passport',
  passportScanLabel: "Passport's main page",
  passportSeriesHint: '4 digits, for example 45 06',
  passportNumberHint: '6 digits',
  departmentCodeHint: 'For example 772-001',
  identityConfirm: 'Confirm my account',
  identity_none: 'Not confirmed',
  identity_waiting: 'Waiting to be sent',
  identity_submitted: 'Being checked',
  identity_confirmed: 'Confirmed',
  identity_rejected: 'Needs correction',
  identityWaitingNote: 'The request will be sent as soon as there is a connection.',
  identitySubmittedNote: 'Your details are being checked. The result will appear here.',
  identityConfirmedNote: 'Your account is confirmed.',
  identityRejectedNote: 'The check found differences. Correct what is marked and send again.',
  identityNeedsScan:
    "Attach a photo of the passport's main page — the account cannot be confirmed without it.",
  memberMissing:
    'Your profile has not come from the server yet. It will appear here once there is a connection.',
  linkNeedsConfirmed:
    'Linking codes are issued to confirmed accounts only. You can send the request now — the code will appear once your account is confirmed.',
  goConfirm: 'Confirm my account',
};
