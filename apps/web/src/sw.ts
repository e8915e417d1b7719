/**
 * The service worker (built by the Vite PWA plugin, `injectManifest`): the
 * app shell precached so the app starts offline, every navigation falling
 * back to the SPA shell, a new version activated only when the page asks
 * (the update prompt, never over unsaved input), and background uploads.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { listenForUploadSync } from '$lib/uploads/background/worker-uploads.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0];
};

// `registerSW`'s update(true) posts this once the person chose to update.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }),
);

listenForUploadSync(self);
