/* global indexedDB, document */
// The offline repeat start's floor (bench/web-start.bench.ts): a static page,
// precached by its own service worker, that opens IndexedDB and prints one
// stored record. Nothing else: what any offline start must pay at least.
const open = indexedDB.open('floor', 1);
open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
open.onsuccess = () => {
  const db = open.result;
  const store = db.transaction('records', 'readwrite').objectStore('records');
  const read = store.get('child');
  read.onsuccess = () => {
    const record = read.result ?? { id: 'child', name: 'Иванова Анна' };
    if (!read.result) store.put(record);
    document.getElementById('record').textContent = `${record.name} (floor)`;
  };
};
if ('serviceWorker' in navigator) navigator.serviceWorker.register('./sw.js');
