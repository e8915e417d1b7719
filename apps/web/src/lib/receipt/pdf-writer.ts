/**
 * A minimal one-page PDF around one JPEG image (DCTDecode XObject). The
 * receipt is drawn on a canvas with the system font, so the PDF needs no
 * embedded font for Cyrillic and the writer stays a few dozen lines.
 */

export type JpegPage = {
  jpeg: Uint8Array;
  /** Image size in pixels. */
  widthPx: number;
  heightPx: number;
  /** Page size in PDF points (1/72 in); A4 is 595.28 × 841.89. */
  widthPt: number;
  heightPt: number;
};

export const A4_POINTS = { width: 595.28, height: 841.89 } as const;

const latin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
};

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const num = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** The PDF bytes: catalog, pages, page, image, content stream, xref table and trailer. */
export function jpegPdf(page: JpegPage): Uint8Array {
  if (page.jpeg[0] !== 0xff || page.jpeg[1] !== 0xd8) throw new TypeError('not a JPEG');
  const content = `q ${num(page.widthPt)} 0 0 ${num(page.heightPt)} 0 0 cm /Im0 Do Q\n`;
  const objects: Uint8Array[][] = [
    [latin1('<< /Type /Catalog /Pages 2 0 R >>')],
    [latin1('<< /Type /Pages /Kids [3 0 R] /Count 1 >>')],
    [
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.widthPt)} ${num(page.heightPt)}] ` +
          '/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
      ),
    ],
    [
      latin1(
        `<< /Type /XObject /Subtype /Image /Width ${page.widthPx} /Height ${page.heightPx} ` +
          `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
      ),
      page.jpeg,
      latin1('\nendstream'),
    ],
    [latin1(`<< /Length ${content.length} >>\nstream\n${content}endstream`)],
  ];
  // The binary comment line tells readers the file holds 8-bit data.
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = concat([latin1(`${i + 1} 0 obj\n`), ...body, latin1('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(latin1(xref));
  return concat(parts);
}
