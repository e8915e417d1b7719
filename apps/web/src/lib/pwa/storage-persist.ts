/**
 * Asks the browser not to evict the family's data (IndexedDB) under storage
 * pressure. Returns whether the data is persisted; null where not supported.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persisted' | 'persist'> | undefined = globalThis.navigator
    ?.storage,
): Promise<boolean | null> {
  if (!storage?.persist || !storage.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}
