import type { DocumentKind, ScanHolder } from '@rodnik/domain';
import type { Messages } from '../i18n/messages.ru.ts';

/** Each kind's title key: typed, so a new kind without a title fails to compile. */
const KIND_TITLE = {
  'birth-certificate': 'kind_birth_certificate',
  'parent-passport': 'kind_parent_passport',
  'oms-policy': 'kind_oms_policy',
  snils: 'kind_snils',
  'proof-of-address': 'kind_proof_of_address',
  'income-statement': 'kind_income_statement',
  'medical-record': 'kind_medical_record',
  'school-certificate': 'kind_school_certificate',
  guardianship: 'kind_guardianship',
  other: 'kind_other',
} as const satisfies Record<DocumentKind, keyof Messages>;

/** «Свидетельство о рождении»: the title of a box of scans. */
export function kindTitle(m: Messages, kind: DocumentKind): string {
  return m[KIND_TITLE[kind]];
}

/** «Свидетельство о рождении» в карточке ребёнка: the box a duplicate is already in. */
export function boxName(m: Messages, kind: DocumentKind, holder: ScanHolder): string {
  return m.scanHeldIn(kindTitle(m, kind), holder);
}
