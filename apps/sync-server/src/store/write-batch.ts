import type { NewDoc, PushReceipt, StoreWrites } from './store.ts';

/** A document write held back until the batch is written, with the number it was given. */
export interface BatchedDoc {
  doc: NewDoc;
  seq: number;
  /** The lookup keys to set, or undefined to leave the stored ones alone. */
  keys: string[] | undefined;
}

/**
 * A transaction's document and receipt writes, held back and written together
 * (one multi-row statement per table instead of several statements per row:
 * a push batch costs a few statements, not four per document). Anything else
 * the transaction does — a read, another write, the commit — writes the batch
 * first, so the transaction sees its own writes as before.
 */
export class WriteBatch {
  private readonly docs = new Map<string, BatchedDoc>();
  private readonly receipts = new Map<string, PushReceipt>();

  get empty(): boolean {
    return this.docs.size === 0 && this.receipts.size === 0;
  }

  addDoc(doc: NewDoc, seq: number): void {
    const key = `${doc.collection}\u0000${doc.id}`;
    const earlier = this.docs.get(key);
    // The same document twice: the later write wins, keys it leaves alone stay as set.
    this.docs.delete(key);
    this.docs.set(key, { doc, seq, keys: doc.keys ?? earlier?.keys });
  }

  addReceipt(receipt: PushReceipt): void {
    const key = JSON.stringify([receipt.collection, receipt.id, receipt.fingerprint]);
    this.receipts.delete(key);
    this.receipts.set(key, receipt);
  }

  /** Takes what is held, leaving the batch empty. */
  take(): { docs: BatchedDoc[]; receipts: PushReceipt[] } {
    const taken = { docs: [...this.docs.values()], receipts: [...this.receipts.values()] };
    this.docs.clear();
    this.receipts.clear();
    return taken;
  }
}

const BATCHED: ReadonlySet<PropertyKey> = new Set<keyof StoreWrites>(['putDoc', 'putPushReceipt']);

/**
 * The writes, each operation but the batched two writing the batch first. A
 * proxy, so it is a `StoreWrites` by construction, whatever methods the port
 * gains; each wrapped operation is made once per transaction.
 */
export function flushingFirst(writes: StoreWrites, flush: () => Promise<void>): StoreWrites {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(writes, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name);
      if (typeof value !== 'function' || BATCHED.has(name)) return value;
      let flushed = wrapped.get(name);
      if (!flushed) {
        flushed = async (...args: unknown[]) => {
          await flush();
          return Reflect.apply(value, target, args);
        };
        wrapped.set(name, flushed);
      }
      return flushed;
    },
  });
}

/** Receipts grouped by collection, for one trimming statement each. */
export function receiptIdsByCollection(receipts: readonly PushReceipt[]): Map<string, string[]> {
  const byCollection = new Map<string, Set<string>>();
  for (const r of receipts) {
    let ids = byCollection.get(r.collection);
    if (!ids) byCollection.set(r.collection, (ids = new Set()));
    ids.add(r.id);
  }
  return new Map([...byCollection].map(([collection, ids]) => [collection, [...ids]]));
}
