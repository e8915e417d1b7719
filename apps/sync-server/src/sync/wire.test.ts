import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredDocJson } from '../store/store.ts';
import { toWire, wireJsonParts } from './wire.ts';

const wireJson = (doc: StoredDocJson) => Buffer.concat(wireJsonParts(doc)).toString('utf8');

const stored = (data: unknown, overrides: Partial<StoredDocJson> = {}): StoredDocJson => ({
  collection: 'children',
  id: '0193a000-0000-7000-8000-000000000001',
  familyId: 'family-1',
  childId: null,
  seq: 42,
  deleted: false,
  dataJson: Buffer.from(JSON.stringify(data)),
  ...overrides,
});

const asWireText = (doc: StoredDocJson) =>
  JSON.stringify(
    toWire({ ...doc, data: JSON.parse(doc.dataJson.toString('utf8')) as Record<string, unknown> }),
  );

describe('wireJsonParts', () => {
  it('writes exactly the text of the parsed wire document, for any stored data', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.boolean(),
        fc.nat(),
        (data, deleted, seq) => {
          const doc = stored(data, { deleted, seq });
          expect(wireJson(doc)).toBe(asWireText(doc));
        },
      ),
    );
  });

  it('never sends a wire field twice when the stored data already holds one', () => {
    for (const data of [
      { id: 'stale', surname: 'Иванова' },
      { serverSeq: 1, _deleted: true, familyId: 'other-family' },
      { nested: { id: 'inner' } },
      {},
    ]) {
      const doc = stored(data, { deleted: true });
      const text = wireJson(doc);
      expect(text).toBe(asWireText(doc));
      expect(text.match(/"familyId"/g)?.length ?? 0).toBe(1);
      expect(JSON.parse(text)).toMatchObject({
        familyId: 'family-1',
        serverSeq: 42,
        _deleted: true,
      });
    }
  });
});
