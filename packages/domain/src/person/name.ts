import { z } from 'zod';
import { codedString, optionalField } from '../errors/coded-string.ts';

export const NAME_MAX_LENGTH = 60;

/** Turkic patronymic particles stay lower-case as in passports: «Алиев Мамед оглы». */
const PARTICLES = new Set(['оглы', 'кызы', 'улы', 'уулу']);

const LETTER = '[А-Яа-яЁё]';
const NAME_SHAPE = new RegExp(`^${LETTER}+(?:[-' ]${LETTER}+)*$`);

function capitalizeWord(word: string, index: number): string {
  const lower = word.toLocaleLowerCase('ru');
  if (index > 0 && PARTICLES.has(lower)) return lower;
  // Respect deliberate mixed case; fix all-lower or CAPS LOCK typing.
  const body = word === lower || word === word.toLocaleUpperCase('ru') ? lower : word;
  return body.charAt(0).toLocaleUpperCase('ru') + body.slice(1);
}

/**
 * Trim, unify apostrophes, collapse spaces, drop spaces around hyphens and capitalise
 * each part: «  анна - мария » → «Анна-Мария». The apostrophe does not start a part
 * («Лук'янов»).
 */
export function normalizeNamePart(input: string): string {
  const s = input
    .trim()
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-');
  let index = 0;
  return s.replace(/[^\s-]+/g, (word) => capitalizeWord(word, index++));
}

/** One part of a person's name (surname, given name or patronymic), Cyrillic only. */
export const PersonNamePart = codedString(normalizeNamePart, (s) => {
  if (s === '') return 'required';
  if (/[A-Za-z]/.test(s)) return 'name-latin-letters';
  if (/[^А-Яа-яЁё' -]/.test(s)) return 'name-invalid-characters';
  if (s.length > NAME_MAX_LENGTH)
    return { code: 'name-too-long', params: { max: NAME_MAX_LENGTH } };
  if (!NAME_SHAPE.test(s)) return 'name-invalid-characters';
  return undefined;
});

/** Surname, given name and optional patronymic (an empty patronymic means none). */
export const PersonName = z.object({
  surname: PersonNamePart,
  givenName: PersonNamePart,
  patronymic: optionalField(PersonNamePart),
});

export type PersonNameInput = z.input<typeof PersonName>;
export type PersonNameData = z.output<typeof PersonName>;
