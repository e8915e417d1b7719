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

/**
 * A field `toWire` sets over the data, as it appears in JSON the store wrote
 * (JSON.stringify never escapes a letter). Matched on the bytes read as
 * latin1: UTF-8 bytes of other letters are all ≥ 0x80, so they never form it.
 */
const WIRE_FIELD = /"(?:id|familyId|serverSeq|_deleted)"/;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * The UTF-8 bytes of `JSON.stringify(toWire(doc))`, as pieces to concatenate,
 * without decoding or parsing the stored JSON: the wire fields are appended
 * to it. When the data may already hold one of them (anywhere, even nested —
 * a cheap, conservative test) it takes the slow, exact path, so a field is
 * never sent twice.
 */
export function wireJsonParts(doc: StoredDocJson): Buffer[] {
  const json = doc.dataJson;
  const appendable =
    json.length > 2 &&
    json[0] === OPEN_BRACE &&
    json[json.length - 1] === CLOSE_BRACE &&
    // One regular expression over a one-byte string: far cheaper than four Buffer searches.
    !WIRE_FIELD.test(json.toString('latin1'));
  if (!appendable) {
    const { dataJson, ...rest } = doc;
    const data = JSON.parse(dataJson.toString('utf8')) as StoredDoc['data'];
    return [Buffer.from(JSON.stringify(toWire({ ...rest, data })))];
  }
  const tail = `,"id":${JSON.stringify(doc.id)},"familyId":${JSON.stringify(doc.familyId)},"serverSeq":${doc.seq},"_deleted":${doc.deleted}}`;
  return [json.subarray(0, -1), Buffer.from(tail)];
}
