/** Image headers for tests: enough bytes for the type and size checks. */

/** A PNG header (signature + IHDR) of the given size; enough for the checks. */
export function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 0);
  b.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12,
  );
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

/** A JPEG start: SOI, an APP1 block to skip, then a baseline frame header. */
export function jpegHeader(width: number, height: number): Uint8Array {
  const app1 = [0xff, 0xe1, 0x00, 0x06, 1, 2, 3, 4];
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  return Uint8Array.from([0xff, 0xd8, ...app1, ...sof, ...new Array(12).fill(0)]);
}

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 255));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A PNG chunk (the CRC is left zero: the structure check does not read it; decoders do). */
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = new Uint8Array(8);
  new DataView(head.buffer).setUint32(0, data.length);
  head.set(latin1(type), 4);
  return concat(head, data, new Uint8Array(4));
}

/** A whole PNG by structure: signature, IHDR, an IDAT, IEND; `after` rides behind it. */
export function pngFile(
  width: number,
  height: number,
  after: Uint8Array = new Uint8Array(),
): Uint8Array {
  const header = pngHeader(width, height);
  return concat(
    header.slice(0, 8),
    pngChunk('IHDR', header.slice(16, 29)),
    pngChunk('IDAT', Uint8Array.from([0x78, 0x01, 1, 2, 3, 4])),
    pngChunk('IEND', new Uint8Array()),
    after,
  );
}

/** A whole JPEG by structure: frame header, a scan with stuffed and restart bytes, EOI. */
export function jpegFile(
  width: number,
  height: number,
  after: Uint8Array = new Uint8Array(),
): Uint8Array {
  const sos = [0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 63, 0];
  const entropy = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
  const eoi = [0xff, 0xd9];
  return concat(
    jpegHeader(width, height).slice(0, 29),
    Uint8Array.from([...sos, ...entropy, ...eoi]),
    after,
  );
}

/** A whole, minimal PDF: header, catalog, an `xref` table, `trailer`, `startxref`, `%%EOF`. */
export function pdfFile(after = ''): Uint8Array {
  const head = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n',
  ];
  let offset = head.length;
  const offsets = objects.map((object) => {
    const at = offset;
    offset += object.length;
    return at;
  });
  const xref = `xref\n0 3\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  return latin1(head + objects.join('') + xref + trailer + after);
}
