import { describe, expect, it } from 'vitest';
import { CHILD_BENEFIT, KINDERGARTEN_ENROLMENT, type GroupField } from '@rodnik/domain';
import {
  addGroupItem,
  answersToSend,
  answerText,
  checkAnswers,
  choicesFor,
  messagesByPath,
  moveChoice,
  readAnswer,
  removeGroupItem,
  setAnswer,
  toggleChoice,
  visibleFields,
  withoutStaleChoices,
} from './form-model.ts';

const TODAY = '2026-11-24';
const members = CHILD_BENEFIT.form[0] as GroupField;

describe('service form model', () => {
  it('shows the benefit category only while «Есть право на льготу» is ticked', () => {
    const ids = (a: object) => visibleFields(KINDERGARTEN_ENROLMENT.form, a).map((f) => f.id);
    expect(ids({})).not.toContain('benefitCategory');
    expect(ids({ hasBenefit: true })).toContain('benefitCategory');
    expect(ids({ hasBenefit: false, benefitCategory: 'sibling' })).not.toContain('benefitCategory');
  });

  it('keeps a hidden answer in the draft but drops it from what is sent', () => {
    const draft = { municipality: 'kolomna', hasBenefit: false, benefitCategory: 'sibling' };
    expect(answersToSend(KINDERGARTEN_ENROLMENT, draft)).toEqual({ municipality: 'kolomna' });
    expect(answersToSend(KINDERGARTEN_ENROLMENT, { ...draft, hasBenefit: true })).toEqual({
      municipality: 'kolomna',
      hasBenefit: true,
      benefitCategory: 'sibling',
    });
  });

  it('sends group items with only their filled fields', () => {
    const draft = {
      familyMembers: [{ fullName: 'Иванова Анна', relation: '', extra: 'x' }, {}],
      bik: '044525225',
    };
    expect(answersToSend(CHILD_BENEFIT, draft)).toEqual({
      familyMembers: [{ fullName: 'Иванова Анна' }, {}],
      bik: '044525225',
    });
  });

  it('drops empty values and unknown keys from what is sent', () => {
    expect(
      answersToSend(KINDERGARTEN_ENROLMENT, { municipality: ' ', groupType: '', other: 'x' }),
    ).toEqual({});
  });

  it('adds group items up to the maximum and removes one, the rest moving up', () => {
    let a = addGroupItem({}, members);
    a = setAnswer(a, 'familyMembers.0.fullName', 'Иванова Анна');
    a = addGroupItem(a, members);
    a = setAnswer(a, 'familyMembers.1.fullName', 'Иванов Пётр');
    expect(readAnswer(a, 'familyMembers.1.fullName')).toBe('Иванов Пётр');
    a = removeGroupItem(a, members, 0);
    expect(a['familyMembers']).toEqual([{ fullName: 'Иванов Пётр' }]);
    let full = {};
    for (let i = 0; i < members.maxItems + 2; i++) full = addGroupItem(full, members);
    expect((full as { familyMembers: unknown[] }).familyMembers).toHaveLength(members.maxItems);
  });

  it('ticks ordered choices in the order of preference, up to the maximum, and reorders them', () => {
    let c = toggleChoice([], 'a', 3);
    c = toggleChoice(c, 'b', 3);
    c = toggleChoice(c, 'c', 3);
    expect(toggleChoice(c, 'd', 3)).toEqual(['a', 'b', 'c']);
    expect(toggleChoice(c, 'b', 3)).toEqual(['a', 'c']);
    expect(moveChoice(c, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveChoice(c, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveChoice(c, 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('lists only the kindergartens of the chosen municipality, none before one is chosen', () => {
    const field = KINDERGARTEN_ENROLMENT.form[1];
    if (field.kind !== 'multi-select') throw new Error('catalog changed');
    expect(choicesFor(field, {}, 'ru')).toEqual([]);
    const kolomna = choicesFor(field, { municipality: 'kolomna' }, 'ru').map((c) => c.value);
    expect(kolomna).toEqual(['dou-kol-3', 'dou-kol-17']);
  });

  it('drops chosen kindergartens of a municipality no longer chosen', () => {
    const a = withoutStaleChoices(KINDERGARTEN_ENROLMENT, {
      municipality: 'zaraysk',
      preferredKindergartens: ['dou-kol-3', 'dou-zar-1'],
    });
    expect(a['preferredKindergartens']).toEqual(['dou-zar-1']);
  });

  it('names the field and the fix in Russian and English, with group items by number', () => {
    const errors = checkAnswers(CHILD_BENEFIT, { familyMembers: [{ fullName: 'Анна' }] }, TODAY);
    const ru = messagesByPath(errors, 'ru');
    expect(ru.get('familyMembers.0.relation')).toContain('Член семьи 1');
    expect(ru.get('bik')).toContain('БИК');
    expect(messagesByPath(errors, 'en').get('bik')).toContain('BIK');
  });

  it('passes a complete kindergarten draft typed as the parent types it', () => {
    const draft = {
      municipality: 'kolomna',
      preferredKindergartens: ['dou-kol-17', 'dou-kol-3'],
      startDate: '01.09.2027',
      groupType: 'general',
    };
    expect(checkAnswers(KINDERGARTEN_ENROLMENT, draft, TODAY)).toEqual([]);
    expect(
      checkAnswers(KINDERGARTEN_ENROLMENT, { ...draft, startDate: '01.09.2020' }, TODAY)[0]?.field,
    ).toBe('startDate');
  });

  it('shows chosen values read-only by their labels, in order', () => {
    const field = KINDERGARTEN_ENROLMENT.form[1];
    expect(answerText(field, ['dou-kol-17', 'dou-kol-3'], 'ru')).toBe(
      '1. Детский сад № 17 «Ромашка»; 2. Детский сад № 3 «Теремок»',
    );
  });
});
