import { describe, expect, it } from 'vitest';
import { SERVICE_CATALOG } from './catalog.ts';
import { DIRECTORIES, directoryEntries, isDirectoryValue } from './directories.ts';

describe('directories', () => {
  it('has every directory the catalog names, none empty', () => {
    for (const service of SERVICE_CATALOG) {
      for (const field of service.form) {
        if (
          (field.kind === 'select' || field.kind === 'multi-select') &&
          field.source.kind === 'directory'
        ) {
          expect(directoryEntries(field.source.directory).length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('narrows kindergartens to the chosen municipality', () => {
    const ids = directoryEntries('kindergartens', 'kolomna').map((e) => e.id);
    expect(ids).toEqual(['dou-kol-3', 'dou-kol-17']);
    expect(isDirectoryValue('kindergartens', 'dou-ram-5', 'kolomna')).toBe(false);
    expect(isDirectoryValue('kindergartens', 'dou-ram-5', 'ramenskoye')).toBe(true);
  });

  it('knows no value of an unknown directory', () => {
    expect(isDirectoryValue('nope', 'x')).toBe(false);
    expect(Object.keys(DIRECTORIES)).not.toContain('nope');
  });

  it('uses each id once', () => {
    const ids = Object.values(DIRECTORIES).flatMap((d) => d.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
