import { describe, it, expect } from 'vitest';
import { PersonName, PersonNamePart } from './name.ts';
import { validate } from '../validate.ts';

const codes = (input: unknown) => {
  const r = validate(PersonNamePart, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};

describe('PersonNamePart', () => {
  it('trims and capitalises each hyphen-separated part', () => {
    expect(PersonNamePart.parse('  анна-мария ')).toBe('Анна-Мария');
    expect(PersonNamePart.parse('анна - мария')).toBe('Анна-Мария');
    expect(PersonNamePart.parse('ИВАНОВ')).toBe('Иванов');
    expect(PersonNamePart.parse('салтыков-щедрин')).toBe('Салтыков-Щедрин');
  });

  it('accepts ё and apostrophes without capitalising after the apostrophe', () => {
    expect(PersonNamePart.parse('ёлкин')).toBe('Ёлкин');
    expect(PersonNamePart.parse('лук’янов')).toBe("Лук'янов");
  });

  it('keeps deliberate mixed case', () => {
    expect(PersonNamePart.parse('МакКуин')).toBe('МакКуин');
  });

  it('allows one space between parts and keeps patronymic particles lower-case', () => {
    expect(PersonNamePart.parse('мамед   оглы')).toBe('Мамед оглы');
  });

  it('rejects Latin letters with a dedicated code', () => {
    expect(codes('Ivanov')).toEqual(['name-latin-letters']);
    // A Latin "o" hidden among Cyrillic letters.
    expect(codes('Иванoв')).toEqual(['name-latin-letters']);
  });

  it('rejects digits, symbols and stray hyphens', () => {
    expect(codes('Иванов2')).toEqual(['name-invalid-characters']);
    expect(codes('Иванов!')).toEqual(['name-invalid-characters']);
    expect(codes('-Иванов')).toEqual(['name-invalid-characters']);
    expect(codes('Анна--Мария')).toEqual(['name-invalid-characters']);
    expect(codes("Иванов'")).toEqual(['name-invalid-characters']);
  });

  it('limits the length to 60 characters', () => {
    expect(codes('А'.repeat(60))).toEqual([]);
    expect(codes('А'.repeat(61))).toEqual(['name-too-long']);
    const r = validate(PersonNamePart, 'А'.repeat(61));
    expect(!r.success && r.errors[0]?.message).toContain('60');
  });

  it('requires a value', () => {
    expect(codes('   ')).toEqual(['required']);
    expect(codes(undefined)).toEqual(['required']);
  });
});

describe('PersonName', () => {
  it('treats an empty patronymic as none', () => {
    const name = PersonName.parse({ surname: 'петров', givenName: 'пётр', patronymic: ' ' });
    expect(name).toEqual({ surname: 'Петров', givenName: 'Пётр', patronymic: undefined });
  });

  it('names each wrong field', () => {
    const r = validate(PersonName, { surname: 'Petrov', givenName: '', patronymic: 'Ив4нович' });
    expect(r.success).toBe(false);
    expect(!r.success && r.errors.map((e) => [e.field, e.code])).toEqual([
      ['surname', 'name-latin-letters'],
      ['givenName', 'required'],
      ['patronymic', 'name-invalid-characters'],
    ]);
  });
});
