import { describe, expect, it } from 'vitest';
import { checkReceivedFile, fileStructureFault, imageSize, sniffFileType } from './index.ts';
import { jpegFile, jpegHeader, pdfFile, pngFile, pngHeader } from './fixtures.test-util.ts';

/** Latin-1 text as bytes (no TextEncoder: the domain has no DOM or Node types). */
const bytes = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 255));

const pdf = bytes('%PDF-1.7\n%âãÏÓ\n');

describe('sniffFileType', () => {
  it('tells PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffFileType(pdf)).toBe('application/pdf');
    expect(sniffFileType(jpegHeader(10, 10))).toBe('image/jpeg');
    expect(sniffFileType(pngHeader(10, 10))).toBe('image/png');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(sniffFileType(bytes('MZ\x90\x00 not an image'))).toBeNull();
    expect(sniffFileType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });
});

describe('imageSize', () => {
  it('reads the size from a PNG header', () => {
    expect(imageSize(pngHeader(1200, 900), 'image/png')).toEqual({ width: 1200, height: 900 });
  });

  it('reads the size from a JPEG frame header after other blocks', () => {
    expect(imageSize(jpegHeader(2400, 1800), 'image/jpeg')).toEqual({ width: 2400, height: 1800 });
  });

  it('gives null for a cut-off header', () => {
    expect(imageSize(pngHeader(10, 10).slice(0, 20), 'image/png')).toBeNull();
    expect(imageSize(jpegHeader(10, 10).slice(0, 12), 'image/jpeg')).toBeNull();
  });
});

describe('checkReceivedFile', () => {
  const sha = 'a'.repeat(64);
  const ok = (bytes: Uint8Array, mimeType: 'application/pdf' | 'image/jpeg' | 'image/png') =>
    checkReceivedFile(
      { mimeType, size: bytes.length, sha256: sha },
      { size: bytes.length, sha256: sha, bytes },
    );

  it('accepts a readable image and a well-formed PDF', () => {
    expect(ok(jpegFile(1600, 1200), 'image/jpeg')).toBeNull();
    expect(ok(pngFile(1000, 800), 'image/png')).toBeNull();
    expect(ok(pdfFile(), 'application/pdf')).toBeNull();
  });

  it('refuses an image too small to read, saying the sizes', () => {
    expect(ok(pngFile(640, 480), 'image/png')).toEqual({
      code: 'file-image-too-small',
      params: { min: '800×600', actual: '640×480' },
    });
  });

  it('refuses a file whose bytes are not the declared type', () => {
    expect(ok(pdfFile(), 'image/jpeg')?.code).toBe('file-type-unsupported');
    expect(ok(bytes('#!/bin/sh\nrm -rf /'), 'image/jpeg')?.code).toBe('file-type-unsupported');
  });

  it('refuses a wrong size or hash before looking at the bytes', () => {
    const file = jpegFile(1600, 1200);
    const declared = { mimeType: 'image/jpeg' as const, size: file.length, sha256: sha };
    const received = { size: file.length, sha256: sha, bytes: file };
    expect(checkReceivedFile(declared, { ...received, size: file.length - 1 })?.code).toBe(
      'file-size-mismatch',
    );
    expect(checkReceivedFile(declared, { ...received, sha256: 'b'.repeat(64) })?.code).toBe(
      'file-hash-mismatch',
    );
    expect(checkReceivedFile(declared, { ...received, size: 6 * 1024 * 1024 })?.code).toBe(
      'file-too-large',
    );
  });

  it('refuses a 33-byte PNG that only claims 1000×800: the image data is missing', () => {
    expect(ok(pngHeader(1000, 800), 'image/png')?.code).toBe('file-unreadable');
    expect(ok(jpegHeader(1600, 1200), 'image/jpeg')?.code).toBe('file-unreadable');
    expect(ok(pngFile(1000, 800).slice(0, 50), 'image/png')?.code).toBe('file-unreadable');
  });

  it('refuses a decompression bomb by its pixel count, before decoding', () => {
    expect(ok(pngFile(20_000, 20_000), 'image/png')).toEqual({
      code: 'file-image-too-large',
      params: { max: 50_000_000 },
    });
  });

  it('refuses polyglots: a page after the PNG, a ZIP after the PDF, a script after the JPEG', () => {
    const html = bytes('<html><script>alert(1)</script></html>');
    expect(ok(pngFile(1000, 800, html), 'image/png')?.code).toBe('file-trailing-data');
    expect(ok(jpegFile(1600, 1200, html), 'image/jpeg')?.code).toBe('file-trailing-data');
    expect(ok(pdfFile('<html></html>'), 'application/pdf')?.code).toBe('file-trailing-data');
    const zip = bytes('PK\x03\x04zipped bytesPK\x05\x06\x00\x00\x00\x00');
    const pdfThenZip = new Uint8Array([...pdfFile(), ...zip]);
    expect(ok(pdfThenZip, 'application/pdf')?.code).toBe('file-trailing-data');
  });
});

describe('fileStructureFault', () => {
  it('lets a phone JPEG carry its further pictures (MPF) and zero padding', () => {
    const preview = jpegFile(160, 120);
    expect(fileStructureFault(jpegFile(1600, 1200, preview), 'image/jpeg')).toBeNull();
    expect(fileStructureFault(jpegFile(1600, 1200, new Uint8Array(64)), 'image/jpeg')).toBeNull();
  });

  it('finds the end of a JPEG past stuffed bytes and restart markers, not before', () => {
    const cut = jpegFile(1600, 1200).slice(0, -2);
    expect(fileStructureFault(cut, 'image/jpeg')).toBe('unreadable');
  });

  it('reads a PDF with a cross-reference stream, and refuses one with no cross-reference', () => {
    const head = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
    const xrefAt = head.length;
    const withStream = `${head}2 0 obj\n<< /Type /XRef /Size 3 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`;
    expect(fileStructureFault(bytes(withStream), 'application/pdf')).toBeNull();
    const withoutXref = `${head}startxref\n${xrefAt}\n%%EOF\n`;
    expect(fileStructureFault(bytes(withoutXref), 'application/pdf')).toBe('unreadable');
    // A wrong offset is repaired, as PDF readers do, when a cross-reference is there.
    const offBy = bytes(
      String.fromCharCode(...pdfFile()).replace(/startxref\n\d+/, 'startxref\n7'),
    );
    expect(fileStructureFault(offBy, 'application/pdf')).toBeNull();
    expect(fileStructureFault(bytes('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), 'application/pdf')).toBe(
      'unreadable',
    );
  });
});
