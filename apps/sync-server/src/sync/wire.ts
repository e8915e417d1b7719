import type { WireDocument } from '@rodnik/domain';
import type { StoredDoc } from '../store/store.ts';

/** A stored document in the shape RxDB replicates. */
export function toWire(doc: StoredDoc): WireDocument {
  return {
    ...doc.data,
    id: doc.id,
    familyId: doc.familyId,
    serverSeq: doc.seq,
    _deleted: doc.deleted,
  };
}
