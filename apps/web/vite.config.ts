import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    sveltekit(),
    SvelteKitPWA({
      // Our own worker (src/service-worker.ts, built by SvelteKit): Workbox precaching
      // plus background uploads. Served as sw.js, as before.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.js',
      // The app asks before it activates a new version (never over unsaved input).
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg'],
      manifest: {
        id: '/',
        name: 'Родник — семья и дети',
        short_name: 'Родник',
        description: 'Карточки детей, документы и заявления — даже без связи.',
        lang: 'ru',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#0d4cd3',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-192.png',
            sizes: '192x192',
            type: 'image/png',
            purpose: 'maskable',
          },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      kit: { adapterFallback: 'index.html', spa: true },
      injectManifest: {
        globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,webmanifest}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: { target: 'es2022' },
  server: {
    proxy: { '/api': process.env.RODNIK_API ?? 'http://127.0.0.1:8787' },
  },
});
