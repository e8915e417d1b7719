/**
 * The service worker (SvelteKit builds it; the Vite PWA plugin injects the
 * precache list and names it sw.js — `injectManifest`): the
 * app shell precached so the app starts offline, every navigation falling
 * back to the SPA shell, a new version activated only when the page asks
 * (the update prompt, never over unsaved input), and background uploads.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { listenForUploadSync } from '$lib/uploads/background/worker-uploads.ts';

// This module runs only as the service worker: its global is a ServiceWorkerGlobalScope (Workbox
// declares `__WB_MANIFEST` on it), not the Window the DOM library gives every module.
declare const self: ServiceWorkerGlobalScope;
const worker = self;

// `registerSW`'s update(true) posts this once the person chose to update.
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

// Workbox writes the list in place of the literal `self.__WB_MANIFEST` at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }),
);

listenForUploadSync(worker);
