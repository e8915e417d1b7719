import { describe, expect, it } from 'vitest';
import { A4_POINTS, jpegPdf } from './pdf-writer.ts';

// A JPEG's bytes are opaque to the writer: start and end markers with filler between.
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0x0a, 0xff, 0xd9]);

const text = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

function pdf() {
  return jpegPdf({
    jpeg: JPEG,
    widthPx: 1240,
    heightPx: 1754,
    ...{ widthPt: A4_POINTS.width, heightPt: A4_POINTS.height },
  });
}

describe('PDF writer', () => {
  it('starts with the PDF header and ends with %%EOF', () => {
    const s = text(pdf());
    expect(s.startsWith('%PDF-1.4\n')).toBe(true);
    expect(s.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('has an xref table whose offsets point at each object, found through startxref', () => {
    const s = text(pdf());
    const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(s)![1]);
    expect(s.slice(startxref, startxref + 4)).toBe('xref');
    const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(s.slice(startxref))!;
    expect(Number(first)).toBe(0);
    expect(Number(count)).toBe(6);
    const rows = s
      .slice(startxref)
      .split('\n')
      .slice(2, 2 + Number(count));
    rows.slice(1).forEach((row, i) => {
      expect(row).toMatch(/^\d{10} 00000 n $/);
      const at = Number(row.slice(0, 10));
      expect(s.slice(at, at + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(s).toContain('/Root 1 0 R');
  });

  it('embeds the JPEG unchanged as a DCTDecode image with its exact length', () => {
    const bytes = pdf();
    const s = text(bytes);
    expect(s).toContain(`/Filter /DCTDecode /Length ${JPEG.length}`);
    const at = s.indexOf('stream\n') + 'stream\n'.length;
    expect(Array.from(bytes.slice(at, at + JPEG.length))).toEqual(Array.from(JPEG));
    expect(s).toContain('/Width 1240 /Height 1754');
    expect(s).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('gives the content stream its exact length', () => {
    const s = text(pdf());
    const m = /5 0 obj\n<< \/Length (\d+) >>\nstream\n([\s\S]*?)endstream/.exec(s)!;
    expect(m[2]!.length).toBe(Number(m[1]));
  });

  it('refuses bytes that are not a JPEG', () => {
    expect(() =>
      jpegPdf({ jpeg: new Uint8Array([1, 2]), widthPx: 1, heightPx: 1, widthPt: 1, heightPt: 1 }),
    ).toThrow(TypeError);
  });
});
