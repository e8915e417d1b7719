import { PARENT_RELATIONS, type FieldIssue, type Relation } from '@rodnik/domain';
import type { RecordedParent, RegistryAnswer } from '../registry/registry.ts';
import { familyDocs } from '../store/family-docs.ts';
import type { StoreReads } from '../store/store.ts';

/** A person's name as the family's parent is known: confirmed passport first, else as signed up. */
export interface ParentName {
  surname: string;
  givenName: string;
  patronymic?: string | null | undefined;
}

const norm = (s: string | null | undefined) =>
  (s ?? '').trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');

/** The same person by name; a patronymic missing on either side does not count against it. */
export function sameName(a: ParentName, b: RecordedParent): boolean {
  if (norm(a.surname) !== norm(b.surname) || norm(a.givenName) !== norm(b.givenName)) return false;
  return !a.patronymic || !b.patronymic || norm(a.patronymic) === norm(b.patronymic);
}

/**
 * Whether the parent filling the card may represent the child (DESIGN §3, issue 17):
 * a mother or a father must be named so on the birth record; a guardian or an
 * adoptive parent — or a parent the record does not name — needs an accepted
 * guardianship or adoption decision attached to the card. A card that states no
 * relation (made before it was asked) and a record the registry cannot show are
 * not checked here.
 */
export function legalRepresentativeIssues(input: {
  relation: Relation | undefined;
  parents: RegistryAnswer['parents'];
  familyParents: readonly ParentName[];
  hasGuardianshipDocument: boolean;
}): FieldIssue[] {
  const { relation, parents } = input;
  if (relation === undefined || input.hasGuardianshipDocument) return [];
  if (!PARENT_RELATIONS.includes(relation)) {
    return [{ field: 'relation', code: 'guardianship-document-required' }];
  }
  if (parents === undefined) return [];
  const recorded = relation === 'mother' ? parents.mother : parents.father;
  const named = recorded !== undefined && input.familyParents.some((p) => sameName(p, recorded));
  return named ? [] : [{ field: 'relation', code: 'parent-not-on-certificate' }];
}

/** The family's parents by name, and whether the card has an accepted guardianship decision. */
export async function representativeFacts(
  store: StoreReads,
  familyId: string,
  childId: string,
): Promise<{ familyParents: ParentName[]; hasGuardianshipDocument: boolean }> {
  const accounts = await store.listFamilyAccounts(familyId);
  const members = await familyDocs(store, 'members', familyId);
  const familyParents: ParentName[] = [];
  for (const account of accounts) {
    if (account.role !== 'parent') continue;
    familyParents.push(account);
    // A passport the registry confirmed names the parent too (a name changed since sign-up).
    const member = members.find((m) => m.data.accountId === account.id);
    const identity = member?.data.identity as { status?: string } | undefined;
    const passport = member?.data.passport as ParentName | undefined;
    if (identity?.status === 'confirmed' && passport?.surname && passport.givenName) {
      familyParents.push(passport);
    }
  }
  const documents = await familyDocs(store, 'documents', familyId);
  const hasGuardianshipDocument = documents.some(
    (d) =>
      d.data.childId === childId && d.data.kind === 'guardianship' && d.data.status === 'accepted',
  );
  return { familyParents, hasGuardianshipDocument };
}
