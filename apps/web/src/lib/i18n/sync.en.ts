import type { syncRu } from './sync.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** Why changes wait, and «Recently deleted» (issue 11), spread into `en`. */
export const syncEn: { [K in keyof typeof syncRu]: Widen<(typeof syncRu)[K]> } = {
  pendingBecause: (n, why) =>
    `${n} ${n === 1 ? 'change waits' : 'changes wait'} to be sent: ${why}`,
  pushProblemOffline: 'no network',
  pendingOffline: (n) => `${n} ${n === 1 ? 'change waits' : 'changes wait'}`,
  pushProblemUnreachable: 'the server is unreachable',
  pushProblemServerError: 'server error, will retry',
  pushProblemRefused: (code) => `the server refuses (code ${code})`,
  pushProblemRecordQuota:
    "the family keeps too many drafts or cards — delete the ones you don't need and the rest will be sent by itself",
  pushProblemSignedOut: 'sign in again',
  pushProblemOutdated: 'update the app',

  recentlyDeletedLink: 'Recently deleted',
  recentlyDeletedTitle: 'Recently deleted',
  recentlyDeletedLead: (days) =>
    `Deleted children's cards and application drafts are kept for ${days} days, then removed for good. A restored record comes back on every device of the family.`,
  recentlyDeletedEmpty: 'Nothing here: nothing was deleted.',
  deletedCardsHeading: "Children's cards",
  deletedDraftsHeading: 'Application drafts',
  deletedOn: (when) => `Deleted ${when}`,
  daysLeft: (n) => `Removed for good in ${n} ${n === 1 ? 'day' : 'days'}`,
  restore: 'Restore',
  restoreLabel: (name) => `Restore: ${name}`,
  restoredNote: (name) => `“${name}” restored.`,
  draftFor: (child) => `For: ${child}`,
};
