import { describe, expect, it } from 'vitest';
import { legalRepresentativeIssues, sameName } from './legal-representative.ts';

const ELENA = { surname: 'Иванова', givenName: 'Елена', patronymic: 'Петровна' };
const SERGEY = { surname: 'Иванов', givenName: 'Сергей', patronymic: 'Николаевич' };
const parents = { mother: ELENA, father: SERGEY };

describe('legalRepresentativeIssues', () => {
  it.each([
    ['a mother the record names', 'mother', [ELENA], false, []],
    ['a father the record names', 'father', [SERGEY], false, []],
    [
      'a mother the record names as father',
      'father',
      [ELENA],
      false,
      ['parent-not-on-certificate'],
    ],
    [
      'a parent the record does not name',
      'mother',
      [{ surname: 'Орлова', givenName: 'Ольга' }],
      false,
      ['parent-not-on-certificate'],
    ],
    [
      'the same, with a guardianship decision',
      'mother',
      [{ surname: 'Орлова', givenName: 'Ольга' }],
      true,
      [],
    ],
    [
      'a guardian without the decision',
      'guardian',
      [ELENA],
      false,
      ['guardianship-document-required'],
    ],
    [
      'an adoptive parent without the decision',
      'adoptive-parent',
      [ELENA],
      false,
      ['guardianship-document-required'],
    ],
    ['a guardian with the decision', 'guardian', [ELENA], true, []],
    ['a card made before the relation was asked', undefined, [], false, []],
  ] as const)('%s', (_name, relation, familyParents, hasGuardianshipDocument, codes) => {
    const issues = legalRepresentativeIssues({
      relation,
      parents,
      familyParents,
      hasGuardianshipDocument,
    });
    expect(issues.map((i) => i.code)).toEqual(codes);
    for (const issue of issues) expect(issue.field).toBe('relation');
  });

  it('does not judge a parent when the registry cannot show the record (demo mode)', () => {
    expect(
      legalRepresentativeIssues({
        relation: 'mother',
        parents: undefined,
        familyParents: [],
        hasGuardianshipDocument: false,
      }),
    ).toEqual([]);
  });
});

describe('sameName', () => {
  it('ignores case, «ё» and a patronymic missing on one side', () => {
    expect(sameName({ surname: 'ИВАНОВА', givenName: 'елена' }, ELENA)).toBe(true);
    expect(
      sameName({ surname: 'Сёмина', givenName: 'Анна' }, { surname: 'Семина', givenName: 'Анна' }),
    ).toBe(true);
    expect(sameName({ ...ELENA, patronymic: 'Ивановна' }, ELENA)).toBe(false);
  });
});
