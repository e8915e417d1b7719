import type { childCardRu } from './child-card.ru.ts';

/** The child card form (issue 17), spread into `en`. */
export const childCardEn: { [K in keyof typeof childCardRu]: (typeof childCardRu)[K] } = {
  requiredLegend: 'Fields marked * are required.',
  dateKeypadHint: 'DD.MM.YYYY — digits alone will do',
  citizenshipHint: 'Start typing and pick from the list, e.g. “Russia” (Россия)',
  countryHint: 'Start typing and pick from the list',
  sectionResidence: 'Residence address',
  residenceSame: 'The child lives at the registration address',
  relationMother: 'Mother',
  relationFather: 'Father',
  relationAdoptive: 'Adoptive parent',
  relationGuardian: 'Guardian or custodian',
  relationParentHint: 'You must be named as a parent on the birth certificate.',
  relationDocumentHint:
    'Attach the guardianship or adoption decision under “Documents” below — without it the card cannot be confirmed.',
  errorSummaryLead: 'Tap a field to go to it:',
  editVerified: 'Change the data',
  editVerifiedNote:
    'You are changing a confirmed card. Once you send the changes, the changed fields are checked again.',
  changedFields: (labels: string) => `To be checked again: ${labels}.`,
  noChangesYet: 'Nothing changed yet.',
  submitChanges: 'Send the changes for checking',
  cancelEdit: 'Discard the changes',
  reverifyingNote:
    'The changes were sent and are being checked again. The result will appear here; the card cannot be changed until then.',
  docKind_guardianship: 'Guardianship or adoption decision',
  kind_guardianship: 'Guardianship or adoption decision',
};
