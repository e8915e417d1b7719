/** The key an upload URL is kept under, so a reload, a restart or the service worker resumes it. */
export function uploadFingerprint(accountId: string, documentId: string): string {
  return `rodnik:${accountId}:${documentId}`;
}
