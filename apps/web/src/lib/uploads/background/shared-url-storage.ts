import type { TusUrlStorage } from '../tus-transfer.ts';
import type { UploadUrls } from './worker-state.ts';

/**
 * tus-js-client's `urlStorage` over the IndexedDB the service worker reads
 * too: one upload per fingerprint (account + document), so the page and the
 * worker resume the same upload on the server.
 */
export function sharedUrlStorage(urls: UploadUrls): TusUrlStorage {
  return {
    findAllUploads: async () => (await urls.all()).map(asPrevious),
    async findUploadsByFingerprint(fingerprint) {
      const found = await urls.get(fingerprint);
      return found ? [asPrevious(found)] : [];
    },
    removeUpload: (key) => urls.remove(key),
    async addUpload(fingerprint, upload) {
      // A parallel upload has no single URL; we never start one.
      if (upload.uploadUrl) {
        await urls.set(fingerprint, {
          uploadUrl: upload.uploadUrl,
          size: upload.size,
          metadata: upload.metadata,
          creationTime: upload.creationTime,
        });
      }
      return fingerprint;
    },
  };
}

function asPrevious(stored: Awaited<ReturnType<UploadUrls['all']>>[number]) {
  return { ...stored, parallelUploadUrls: null };
}
