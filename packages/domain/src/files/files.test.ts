import { describe, expect, it } from 'vitest';
import { checkReceivedFile, imageSize, sniffFileType } from './index.ts';
import { jpegHeader, pngHeader } from './fixtures.test-util.ts';

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
  const ok = (head: Uint8Array, mimeType: 'application/pdf' | 'image/jpeg' | 'image/png') =>
    checkReceivedFile({ mimeType, size: 1000, sha256: sha }, { size: 1000, sha256: sha, head });

  it('accepts a readable image and any PDF', () => {
    expect(ok(jpegHeader(1600, 1200), 'image/jpeg')).toBeNull();
    expect(ok(pdf, 'application/pdf')).toBeNull();
  });

  it('refuses an image too small to read, saying the sizes', () => {
    expect(ok(pngHeader(640, 480), 'image/png')).toEqual({
      code: 'file-image-too-small',
      params: { min: '800×600', actual: '640×480' },
    });
  });

  it('refuses a file whose bytes are not the declared type', () => {
    expect(ok(pdf, 'image/jpeg')?.code).toBe('file-type-unsupported');
    expect(ok(bytes('#!/bin/sh\nrm -rf /'), 'image/jpeg')?.code).toBe('file-type-unsupported');
  });

  it('refuses a wrong size or hash before looking at the bytes', () => {
    const head = jpegHeader(1600, 1200);
    const declared = { mimeType: 'image/jpeg' as const, size: 1000, sha256: sha };
    expect(checkReceivedFile(declared, { size: 999, sha256: sha, head })?.code).toBe(
      'file-size-mismatch',
    );
    expect(checkReceivedFile(declared, { size: 1000, sha256: 'b'.repeat(64), head })?.code).toBe(
      'file-hash-mismatch',
    );
    expect(checkReceivedFile(declared, { size: 6 * 1024 * 1024, sha256: sha, head })?.code).toBe(
      'file-too-large',
    );
  });
});
