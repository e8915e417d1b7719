import { loadCatalog, savedLocale } from '$lib/i18n/i18n.svelte.ts';

// An SPA: nothing renders on a server, the fallback page boots every route.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';

/** The saved language's catalogue before the first render, so nothing is drawn twice. */
export async function load(): Promise<void> {
  await loadCatalog(savedLocale(localStorage));
}
