import type { MessageCatalog } from './types.ts';
import { clause, numberParam, param, sizeParam, timeParam, withField } from './message-format.ts';

/** English texts for every code: field codes name the field and say the fix. */
export const MESSAGES_EN: MessageCatalog = {
  required: (p) => withField(p, 'fill this in'),
  'invalid-value': (p) =>
    withField(p, 'not an allowed value — pick one from the list or correct it'),
  'too-long': (p) =>
    withField(p, `too long — shorten it${clause(p, 'max', (m) => ` to ${m} characters`)}`),
  'name-latin-letters': (p) => withField(p, 'Latin letters — type it in Cyrillic'),
  'name-invalid-characters': (p) =>
    withField(
      p,
      'only Cyrillic letters, hyphens, apostrophes and single spaces between parts — remove other characters',
    ),
  'name-too-long': (p) => withField(p, `at most ${param(p, 'max', '60')} characters — shorten it`),
  'snils-format': (p) => withField(p, 'needs 11 digits, e.g. 123-456-789 01'),
  'snils-checksum': (p) =>
    withField(p, 'the control number does not match — check the digits against the document'),
  'inn-format': (p) => withField(p, 'needs 12 digits (personal INN)'),
  'inn-checksum': (p) =>
    withField(p, 'the control digits do not match — check the number against the document'),
  'phone-format': (p) =>
    withField(p, 'needs a Russian number: +7 and 10 digits, e.g. +7 912 345-67-89'),
  'email-format': (p) => withField(p, 'check the address — it should look like name@example.com'),
  'password-too-short': (p) =>
    withField(
      p,
      `use at least ${param(p, 'min', '10')} characters — any letters will do, a few words with spaces too`,
    ),
  'password-too-common': (p) =>
    withField(p, 'this password is too common — make up your own, three words for instance'),
  'password-is-login': (p) => withField(p, 'it is your phone, e-mail or login — choose another'),
  'password-too-weak': (p) =>
    withField(
      p,
      'add an upper-case and a lower-case Latin letter, a digit and a special character',
    ),
  'date-format': (p) => withField(p, 'enter the date as DD.MM.YYYY'),
  'date-not-real': (p) => withField(p, 'no such date in the calendar — check the day and month'),
  'date-in-future': (p) => withField(p, 'the date is in the future — check the year'),
  'date-too-old': (p) =>
    withField(p, `the date is before ${param(p, 'min', '01.01.1900')} — check the year`),
  'birth-after-certificate-issue': (p) =>
    withField(p, 'the certificate is dated before the birth — check both dates'),
  'certificate-series-format': (p) =>
    withField(
      p,
      'use the form IV-МЮ: a Roman numeral in Latin letters, a hyphen and two Cyrillic capitals',
    ),
  'certificate-number-format': (p) => withField(p, 'needs 6 digits'),
  'country-code-format': (p) => withField(p, 'pick a country from the list'),
  'oms-format': (p) => withField(p, 'needs the 16 digits of the policy number'),
  'postcode-format': (p) => withField(p, 'needs 6 digits'),
  'consent-required': (p) => withField(p, 'tick it — it is needed to continue'),

  'bad-request': () => 'The request is not valid.',
  'malformed-json': () => 'The request is damaged and cannot be read.',
  'validation-failed': () => 'Check the marked fields — they have errors.',
  unauthorized: () => 'Sign in to continue.',
  'session-expired': () =>
    'Your session has expired — sign in again. What you entered is kept on this device.',
  forbidden: () => 'You do not have access to this data.',
  'not-found': () => 'Not found.',
  'unknown-collection': (p) => `Unknown data section${clause(p, 'collection', (c) => ` “${c}”`)}.`,
  conflict: () => 'The data changed on another device — check it and save again.',
  'payload-too-large': (p) =>
    `The request or file is too large${clause(p, 'max', () => ` — the limit is ${sizeParam(p, 'max', 'en')}`)}.`,
  'rate-limited': (p) =>
    `Too many requests. Try again ${clause(p, 'retryAfter', (s) => (Number(s) < 60 ? `in ${s} s` : `in ${Math.ceil(Number(s) / 60)} min`)) || 'a little later'}.`,
  'record-quota': (p) =>
    `The family has too many ${quotaWhatEn(p.collection)}${clause(p, 'max', (m) => ` (at most ${m})`)} — delete the ones you don't need and the new ones will be sent by themselves.`,
  'code-invalid': (p) =>
    `The code did not work — check it or request a new one${clause(p, 'attemptsLeft', (n) => ` (attempts left: ${n})`)}.`,
  'code-expired': () => 'The code has expired — request a new one.',
  'code-locked': (p) =>
    `Too many attempts. Try again ${clause(p, 'until', () => `after ${timeParam(p, 'until', 'en')}`) || 'later'}`,
  'code-resend-too-soon': (p) =>
    `You can request a new code ${clause(p, 'seconds', (s) => `in ${s} s`) || 'a little later'}.`,
  'code-not-requested': () => 'Request a code first.',
  'account-exists': () => 'An account with these details already exists — sign in to it.',
  'invalid-credentials': () => 'Wrong login or password.',
  'contact-not-confirmed': () => 'Confirm your phone or e-mail with the code we sent.',
  'upgrade-required': () => 'This app version is outdated — update it to keep syncing.',
  'unsupported-media-type': (p) =>
    `This file type is not supported${clause(p, 'allowed', (a) => ` — use: ${a}`)}.`,
  'internal-error': () => 'Something went wrong on the server. Try again later.',
  'illegal-transition': (p) =>
    `This action is not available${clause(p, 'status', (s) => ` in status “${s}”`)}.`,
  'certificate-duplicate': (p) =>
    withField(
      p,
      'this certificate is already on a card in another family — check the series and number, or visit a service centre',
    ),
  'registry-not-found': (p) =>
    withField(p, 'the civil registry has no such record — check the series, number and issue date'),
  'registry-name-mismatch': (p) =>
    withField(p, 'does not match the civil registry — type it exactly as on the birth certificate'),
  'registry-birth-date-mismatch': (p) =>
    withField(p, 'does not match the civil registry — use the date on the birth certificate'),
  'registry-snils-mismatch': (p) =>
    withField(p, 'this SNILS belongs to another person — check it against the SNILS card'),
  'parent-not-on-certificate': (p) =>
    withField(
      p,
      'the civil registry does not name you as a parent — check the name in your profile, or attach a guardianship or adoption decision under «Documents»',
    ),
  'guardianship-document-required': (p) =>
    withField(
      p,
      'attach the guardianship or adoption decision under «Documents» and send the card again',
    ),
  'delivery-failed': () =>
    'The message with the code could not be sent — ask for a new code in a minute.',
  'login-format': (p) =>
    withField(
      p,
      '4 to 32 characters: Latin letters, digits, dot, hyphen or underscore, starting with a letter',
    ),
  'child-not-verified': () =>
    'Submit the child card for checking and wait until it is verified — then create the account.',
  'child-too-old': () =>
    'The child is 14 or older: they sign up themselves and you link their account with a linking code.',
  'child-has-no-account': () => 'The child has no linked account — there is nothing to unlink.',
  'link-code-invalid': (p) =>
    `Wrong linking code — check the 8 characters and enter it again${clause(p, 'attemptsLeft', (n) => ` (attempts left: ${n})`)}.`,
  'link-code-expired': () => 'The linking code has expired — ask your parent to get a new one.',
  'link-certificate-mismatch': () =>
    "The certificate does not match the parent's child card — check the series and number, or ask your parent to get a code.",
  'link-locked': (p) =>
    `Too many wrong linking attempts. Try again ${clause(p, 'until', () => `after ${timeParam(p, 'until', 'en')}`) || 'in 30 minutes'}.`,
  'link-code-not-requested': () =>
    'No linking code has been issued for this certificate yet. Check the series and number; if they are right, ask your parent to add your card to Rodnik (if it is not there yet) and tap “Get a linking code”.',
  'link-code-pending': () =>
    'Your parent has asked for a code, but their account is not confirmed yet. Ask them to confirm it under “Profile” — the code will then appear for them by itself; no need to ask again.',
  'link-code-replaced': () =>
    'This code has been replaced by a new one — ask your parent to show the new code.',
  'child-account-own': () =>
    "This is the teenager's own account: the password and deletion are theirs. You can unlink it.",
  'family-not-empty': () =>
    'Your family already has children — you can join another family only from an empty one.',
  'family-last-parent': () =>
    'You are the only parent in the family — invite a second parent first.',
  'already-in-family': () => 'This account is already in this family.',
  'bik-format': (p) => withField(p, 'needs the 9 digits of the bank BIK, starting with 04'),
  'bank-account-format': (p) => withField(p, 'needs the 20 digits of the account number'),
  'bank-account-key': (p) =>
    withField(p, 'the account does not match the BIK — check both against your bank details'),
  'number-format': (p) => withField(p, 'enter a number'),
  'number-not-integer': (p) => withField(p, 'enter a whole number'),
  'number-too-small': (p) => withField(p, `at least ${param(p, 'min', 'the allowed minimum')}`),
  'number-too-large': (p) => withField(p, `at most ${param(p, 'max', 'the allowed maximum')}`),
  'money-format': (p) => withField(p, 'enter an amount in roubles, e.g. 125 000,50'),
  'too-many-items': (p) =>
    withField(p, `at most ${param(p, 'max', 'the allowed number')} — remove the extra ones`),
  'too-few-items': (p) => withField(p, `at least ${param(p, 'min', '1')} needed — add more`),
  'duplicate-choice': (p) => withField(p, 'the same choice is picked twice — remove the repeat'),
  'date-in-past': (p) => withField(p, 'the date has passed — pick today or later'),
  'service-child-too-young': (p) =>
    `This service is for children${clause(p, 'min', (m) => ` aged ${m} or older`)} — the child is younger.`,
  'service-child-too-old': (p) =>
    `This service is for children${clause(p, 'max', (m) => ` aged up to ${m}`)} — the child is older.`,
  'account-not-confirmed': () =>
    'This service needs a confirmed account — confirm it at a service centre or via Gosuslugi.',
  'unknown-service': () => 'There is no such service in the catalog — update the app.',
  'file-type-unsupported': (p) =>
    `This file is not a PDF, JPEG or PNG — take a photo of the document or pick another file${clause(p, 'name', (n) => ` (${n})`)}.`,
  'file-too-large': (p) =>
    `The file is larger than ${sizeParam(p, 'max', 'en') ?? '5 MB'} — retake the page or compress the PDF.`,
  'file-size-mismatch': () => 'The file arrived incomplete — it will be sent again.',
  'file-hash-mismatch': () => 'The file was damaged in transfer — it will be sent again.',
  'file-unreadable': () => 'The image is damaged and cannot be opened — retake the document.',
  'file-image-too-small': (p) =>
    `The photo is too small to read${clause(p, 'actual', (a) => ` (${a} pixels`)}${clause(p, 'min', (m) => `, at least ${m} needed)`)} — retake it closer and in good light.`,
  'file-duplicate': (p) =>
    `This file is already attached${clause(p, 'box', (b) => ` (${b})`) || ' to this record'} — it is not needed twice: pick another file or retake the page.`,
  'upload-not-found': () =>
    'The upload was not found or has expired — the file will be sent again.',
  'passport-series-format': (p) => withField(p, '4 digits are needed, e.g. 45 06'),
  'passport-number-format': (p) => withField(p, '6 digits are needed'),
  'passport-department-code-format': (p) => withField(p, 'use the form 123-456'),
  'registry-passport-not-found': (p) =>
    withField(p, 'the passport is not in the registry — check the series, number and issue date'),
  'registry-passport-mismatch': (p) =>
    withField(p, 'does not match the passport registry — type it as printed in the passport'),
  'identity-scan-missing': () =>
    'Attach a scan of the passport main page — the account cannot be confirmed without it.',
  'identity-scan-not-accepted': () =>
    'The passport scan is not accepted yet — wait for the check or retake the page.',
  'document-missing': (p) =>
    `A document is missing${clause(p, 'kind', (k) => ` («${k}»)`)} — attach it and send the application again.`,
  'document-not-accepted': (p) =>
    `The document${clause(p, 'kind', (k) => ` «${k}»`)} is not accepted yet — wait for the check or retake it.`,
  'application-not-open': (p) =>
    `The application is closed${clause(p, 'status', (s) => ` (status “${s}”)`)} — it cannot be changed.`,
  'operator-only': () => 'This section is for agency staff only.',
  'payload-too-deep': (p) =>
    `The data is nested too deeply${clause(p, 'max', (m) => ` — at most ${m} levels`)}.`,
  'quota-exceeded': (p) =>
    `The daily limit${clause(p, 'limit', (n) => ` (${n})`)} is reached — try again ${clause(p, 'resetsAt', () => `after ${timeParam(p, 'resetsAt', 'en')}`) || 'tomorrow'}.`,
  'tus-version-unsupported': (p) =>
    `This upload protocol version is not supported${clause(p, 'supported', (v) => ` — ${v} is needed`)}. Update the app.`,
  'file-image-too-large': (p) =>
    `The image is too large${clause(p, 'max', () => ` — at most ${numberParam(p, 'max', 'en')} pixels`)}: shrink it or retake the document.`,
  'file-trailing-data': () =>
    'The file holds extra data after the image or PDF — save the document again or retake it.',
  'invitation-pending': () =>
    'This person already has a pending invitation to another family. Invite them later.',
};

/** "the family has too many …": the records a family quota counts. */
function quotaWhatEn(collection: unknown): string {
  switch (collection) {
    case 'children':
      return 'child cards';
    case 'applications':
      return 'application drafts';
    case 'documents':
      return 'documents';
    case 'links':
      return 'linking code requests';
    default:
      return 'records';
  }
}
