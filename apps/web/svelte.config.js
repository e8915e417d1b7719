import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // An SPA shell: every route falls back to index.html, which the sync
    // server (or any static host) serves for unknown paths.
    adapter: adapter({
      pages: 'build',
      assets: 'build',
      fallback: 'index.html',
      precompress: false,
    }),
    // The service worker comes from the Vite PWA plugin (Workbox), not SvelteKit's own.
    serviceWorker: { register: false },
  },
};

export default config;
