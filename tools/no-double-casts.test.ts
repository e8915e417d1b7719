import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * No `as unknown as` outside tests (issue 15, CONVENTIONS rule 5): a
 * document is typed from its domain schema, parsed at a boundary, or reached
 * through one declaration typed once, never forced through `unknown`.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCANNED = ['apps', 'packages'];
const SKIPPED_DIRS = new Set(['node_modules', 'build', 'dist', '.svelte-kit']);
const SOURCE = /\.(ts|svelte)$/;
/** Tests, their helpers and fixtures may force a shape; `grep -v test`, as the issue counts. */
const TEST_PATH = /test/;
const DOUBLE_CAST = /\bas unknown as\b/;

/**
 * Files allowed to cast while their owners replace the cast: none left (issue
 * 15 cleared the last). An entry goes when its file is clean; the second test
 * fails on a stale one.
 */
const ALLOWED = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...sourceFiles(join(dir, entry.name)));
    } else if (SOURCE.test(entry.name)) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}

/** `path:line` of every double cast in code (comments that name it are not casts). */
function doubleCasts(): string[] {
  const found: string[] = [];
  for (const top of SCANNED) {
    for (const file of sourceFiles(join(ROOT, top))) {
      const path = relative(ROOT, file).split('\\').join('/');
      if (TEST_PATH.test(path)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const code = line.trim();
          if (code.startsWith('//') || code.startsWith('*')) return;
          if (DOUBLE_CAST.test(code)) found.push(`${path}:${index + 1}`);
        });
    }
  }
  return found;
}

const fileOf = (at: string) => at.slice(0, at.lastIndexOf(':'));

describe('double casts outside tests', () => {
  const found = doubleCasts();

  it('finds no `as unknown as` in app or package code outside the listed files', () => {
    expect(found.filter((at) => !ALLOWED.has(fileOf(at)))).toEqual([]);
  });

  it('lists only files that still cast, so a cleaned file cannot start again unnoticed', () => {
    const casting = new Set(found.map(fileOf));
    expect([...ALLOWED].filter((file) => !casting.has(file))).toEqual([]);
  });
});
