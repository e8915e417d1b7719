import type { accountRu } from './account.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** Accounts (issue 17), spread into `en`. */
export const accountEn: { [K in keyof typeof accountRu]: Widen<(typeof accountRu)[K]> } = {
  forgotPassword: 'Forgot your password?',
  childCodeLink: 'Got a code from Rodnik by e-mail? Set your password',
  offlineAuth:
    'No connection. This step needs one — what you typed stays here; send it when the connection is back.',
  resendIn: (wait) => `Send again in ${wait}`,
  strengthLabel: 'Password strength',
  strength: (level) =>
    ['Will not do', 'Will do, longer is better', 'Good password', 'Strong password'][level] ?? '',

  resetTitle: 'Reset the password',
  resetLead:
    'Enter the phone or e-mail you sign in with. If there is such an account, we will send a code.',
  getCode: 'Get a code',
  resetCodeLead:
    'If there is such an account, the code went to its phone (or to its e-mail if it has no phone). Enter the code and a new password.',
  newPasswordLabel: 'New password',
  savePassword: 'Save the password',
  resetDone: 'Password changed. Sign in with the new password.',
  otherLogin: 'Use another phone or e-mail',

  setPasswordTitle: 'Password for your account',
  setPasswordLead:
    'An account in Rodnik was made for you, and an e-mail with a code came. Enter the e-mail, the code from it and make up a password.',
  setPasswordDone: 'Password set. Now sign in with the e-mail and the password.',
  codeExpiredHint: 'A code works for 10 minutes. If it has expired, ask for a new one.',

  settingsTitle: 'Settings',
  settingsLink: 'Settings: password, phone, e-mail',
  settingsLead: 'Changes are saved on the server, so they need a connection.',
  passwordHeading: 'Password',
  currentPassword: 'Current password',
  changePassword: 'Change the password',
  passwordChanged: 'Password changed. Other devices will need to sign in with the new one.',
  phoneHeading: 'Phone',
  emailHeading: 'E-mail',
  currentContact: (value) => `Now: ${value}`,
  contactNone: 'Now: none',
  newPhone: 'New phone number',
  newEmail: 'New e-mail address',
  contactCodeLead: (value) =>
    `A code went to ${value}, unless that number or address belongs to another account.`,
  phoneChanged: 'Phone changed.',
  emailChanged: 'E-mail changed.',
  cancel: 'Cancel',
  notificationSettingsLink: 'Notifications: what to send and where',
};
