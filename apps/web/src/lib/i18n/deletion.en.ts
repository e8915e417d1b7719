import type { deletionRu } from './deletion.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** Deleting a child card or a draft, and the banner of a deleted one (issue 11), spread into `en`. */
export const deletionEn: { [K in keyof typeof deletionRu]: Widen<(typeof deletionRu)[K]> } = {
  deleteCard: 'Delete the card',
  deleteCardQuestion: (n) => `The card goes to “Recently deleted” for ${days(n)}. Delete it?`,
  deleteCardWaitingHint:
    'The card can be deleted once it reaches the server: it is waiting to be sent for the check.',
  cardDeletedNote: (name, n) =>
    `The card “${name}” is deleted. It can be restored from “Recently deleted” within ${days(n)}.`,
  deleteDraftQuestion: (n) => `The draft goes to “Recently deleted” for ${days(n)}. Delete it?`,
  draftDeletedNote: (title, n) =>
    `The draft “${title}” is deleted. It can be restored from “Recently deleted” within ${days(n)}.`,
  deleteYes: 'Delete',
  deleteNo: 'Cancel',
  deletedBanner: (date, n) =>
    n > 0
      ? `Deleted on ${date}. It will be removed for good in ${days(n)}.`
      : `Deleted on ${date}. It will be removed for good soon.`,
  deletedReadOnly: 'While the record is deleted, it cannot be changed.',
  deletedRestoreFailed: 'Could not restore it. Try again.',
};
