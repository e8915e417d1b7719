import type { wordError } from '@rodnik/domain';

/**
 * The error catalogue (≈ 10 KiB of compressed JavaScript, both languages) is
 * not part of the sign-in screen's first load (DESIGN §7: 100 KiB): the API
 * client starts loading it when a request starts, so it is there by the time
 * an answer can fail. Until it is, `handleError` shows the server's own words.
 */
let words: typeof wordError | null = null;
let loading: Promise<void> | null = null;

export function loadErrorWords(): Promise<void> {
  loading ??= import('./error-words.ts').then((module) => {
    words = module.wordError;
  });
  return loading;
}

/** The catalogue's words for a code, or undefined (not loaded yet, or a code it does not know). */
export function wordsFor(...args: Parameters<typeof wordError>): string | undefined {
  return words?.(...args);
}
