import type { WireDocument } from '@rodnik/domain';
import type { StoredDoc, StoredDocJson } from '../store/store.ts';

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

/** The fields `toWire` sets over the data, as they would appear in its JSON text. */
const WIRE_FIELDS = ['"id"', '"familyId"', '"serverSeq"', '"_deleted"'];

/**
 * `JSON.stringify(toWire(doc))` without parsing the stored text: the wire
 * fields are appended to it. When the text may already hold one of them
 * (anywhere, even nested — a cheap, conservative test) it takes the slow,
 * exact path, so a field is never sent twice.
 */
export function wireJson(doc: StoredDocJson): string {
  const text = doc.dataJson;
  const appendable =
    text.length > 2 &&
    text.charCodeAt(0) === 0x7b && // {
    text.charCodeAt(text.length - 1) === 0x7d && // }
    !WIRE_FIELDS.some((field) => text.includes(field));
  if (!appendable) {
    const { dataJson, ...rest } = doc;
    return JSON.stringify(toWire({ ...rest, data: JSON.parse(dataJson) as StoredDoc['data'] }));
  }
  return `${text.slice(0, -1)},"id":${JSON.stringify(doc.id)},"familyId":${JSON.stringify(
    doc.familyId,
  )},"serverSeq":${doc.seq},"_deleted":${doc.deleted}}`;
}
