import type { linkingRu } from './linking.ru.ts';

type Widen<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export const linkingEn: Widen<typeof linkingRu> = {
  childAccountLoading: 'Loading the account…',
  childAccountOffline:
    'The login, a new password and deleting the account are available when the server can be reached.',
  childAccountRetry: 'Try again',
  childLoginShown: 'Sign-in login',
  childEmailShown: 'Sign-in e-mail',
  childEmailUnconfirmed: 'The child has not set a password with the e-mailed code yet.',
  simplifiedTitle: 'Simplified account',
  simplifiedNote:
    'For children under 14. Signs in with a login and password, no SMS code. The child sees only their own card, documents and applications.',
  simplifiedAt14: (date: string) =>
    `From 14 (${date}) the child gets their own account with a phone, and you link it to this card with a linking code. This simplified account can then be deleted.`,
  resetHeading: "Child's password",
  childResetLead:
    'Set a new password or have one made. The child is signed out everywhere and signs in with the new password.',
  resetPasswordField: "Child's new password",
  resetSave: 'Save the password',
  resetGenerate: 'Make a password',
  resetSaved: 'Password changed. The child signs in with the new one.',
  oneTimePasswordLabel: "Child's new password",
  oneTimePasswordNote:
    'Shown once: write it down or pass it to the child. It cannot be seen again — only replaced.',
  copyPassword: 'Copy the password',
  passwordCopied: 'Password copied.',
  deleteChildAccount: 'Delete the account',
  deleteChildAccountLead:
    'The child will no longer be able to sign in. The card, documents and applications stay with you; an account can be made again.',
  deleteChildAccountConfirm: 'Yes, delete the account',
  childAccountDeleted: 'Account deleted. The card and documents are still here.',
  copyCode: 'Copy the code',
  shareCode: 'Share the code',
  codeCopied: 'Code copied — paste it into a message to the child.',
  codeShared: 'Code sent.',
  linkCopyFailed: 'Could not copy — write it down by hand.',
  shareTitle: 'Rodnik linking code',
  shareText: (code: string, until: string) =>
    `Rodnik linking code: ${code}. Valid until ${until}. Enter it in the app: “Link to a parent”.`,
  linkCodeNeedsConfirmation:
    'Request saved. The code will appear here by itself once the account is confirmed — no need to ask again.',
  linkCodeNotIssued:
    'No code yet: it was asked for while the account was not confirmed. Tap “Get a linking code”.',
  myAccountHeading: 'My account',
  simplifiedMineNote:
    'You sign in with the login and password your parent set. Only what is yours is here: your card, documents and applications.',
  simplifiedMineAt14: (date: string) =>
    `From 14 (${date}) you get your own account with a phone and link it to your parent with a linking code.`,
};
