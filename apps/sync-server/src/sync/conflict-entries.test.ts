import { describe, expect, it } from 'vitest';
import { changesOnlyConflicts, stampConflictAuthors } from './conflict-entries.ts';

const entry = (localValue: string, fields: Record<string, unknown> = {}) => ({
  field: 'birthPlace',
  localValue,
  at: '2026-11-24T09:20:00.000Z',
  ...fields,
});

describe('stampConflictAuthors', () => {
  it('stamps the pushing account on entries new to the master only', () => {
    const master = [entry('г. Клин', { by: 'parent-a' }), entry('г. Дмитров')];
    const pushed = [entry('г. Клин'), entry('г. Дмитров'), entry('г. Истра')];
    expect(stampConflictAuthors(pushed, master, 'parent-b')).toEqual([
      entry('г. Клин', { by: 'parent-a' }),
      // The master holds it without a name: it is not new, so it stays so.
      entry('г. Дмитров'),
      entry('г. Истра', { by: 'parent-b' }),
    ]);
  });

  it('keeps a name the device sent, and stamps nothing when no account is given', () => {
    const pushed = [entry('г. Клин', { by: 'parent-c' }), entry('г. Истра')];
    expect(stampConflictAuthors(pushed, [], 'parent-b')[0]).toEqual(pushed[0]);
    expect(stampConflictAuthors(pushed, [])).toEqual(pushed);
  });
});

describe('changesOnlyConflicts', () => {
  const card = { surname: 'Иванова', conflicts: [] as unknown[] };

  it('is true when the conflicts list alone changed', () => {
    expect(changesOnlyConflicts(card, { ...card, conflicts: [entry('г. Клин')] })).toBe(true);
  });

  it('is false when nothing changed or another field changed too', () => {
    expect(changesOnlyConflicts(card, { ...card })).toBe(false);
    expect(changesOnlyConflicts(card, { surname: 'Петрова', conflicts: [entry('г. Клин')] })).toBe(
      false,
    );
  });
});
