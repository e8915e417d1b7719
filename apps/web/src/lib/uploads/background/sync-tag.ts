/** The one-off Background Sync tag the page registers and the service worker answers. */
export const UPLOAD_SYNC_TAG = 'rodnik-uploads';
