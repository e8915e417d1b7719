import { MAX_FILE_BYTES } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  keepSmaller,
  prepareFile,
  refusalMessage,
  renamedFor,
  scaledSize,
  sha256Hex,
} from './file-prep.ts';

const JPEG_START = [0xff, 0xd8, 0xff, 0xe0];
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_START = [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0));

function file(name: string, start: number[], size = 2000): File {
  const bytes = new Uint8Array(size);
  bytes.set(start);
  return new File([bytes], name);
}

/** A compressor that answers with a JPEG of the given size (or fails to decode). */
const compressTo = (size: number | null) => async () => {
  if (size === null) return null;
  const b = new Uint8Array(size);
  b.set(JPEG_START);
  return new Blob([b], { type: 'image/jpeg' });
};
const neverCalled = async (): Promise<Blob | null> => {
  throw new Error('a PDF is never re-encoded');
};

describe('scaledSize', () => {
  it('caps the long side and keeps the proportions', () => {
    expect(scaledSize(4000, 3000, 2400)).toEqual({ width: 2400, height: 1800, scaled: true });
    expect(scaledSize(3000, 4000, 2400)).toEqual({ width: 1800, height: 2400, scaled: true });
    expect(scaledSize(4032, 3024, 2400)).toEqual({ width: 2400, height: 1800, scaled: true });
  });

  it('never upscales a small photo', () => {
    expect(scaledSize(1600, 1200, 2400)).toEqual({ width: 1600, height: 1200, scaled: false });
    expect(scaledSize(2400, 10, 2400)).toEqual({ width: 2400, height: 10, scaled: false });
  });
});

describe('keepSmaller', () => {
  it('keeps the original when re-encoding does not make it smaller', () => {
    const original = new Blob([new Uint8Array(100)]);
    expect(keepSmaller(original, new Blob([new Uint8Array(120)]))).toBe(original);
    expect(keepSmaller(original, null)).toBe(original);
    const smaller = new Blob([new Uint8Array(60)]);
    expect(keepSmaller(original, smaller)).toBe(smaller);
  });
});

describe('formatBytes', () => {
  it('reads like «4,2 МБ → 880 КБ»', () => {
    expect(formatBytes(4.2 * 1024 * 1024, 'ru')).toBe('4,2 МБ');
    expect(formatBytes(880 * 1024, 'ru')).toBe('880 КБ');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(12.4 * 1024 * 1024, 'en')).toBe('12 MB');
  });
});

describe('prepareFile', () => {
  it('refuses a file that is not PDF, JPEG or PNG, whatever its name says', async () => {
    const result = await prepareFile(file('passport.jpg', [0x4d, 0x5a, 0x90, 0]), compressTo(10));
    expect(result).toMatchObject({
      ok: false,
      refusal: { fileName: 'passport.jpg', code: 'file-type-unsupported' },
    });
    if (result.ok) return;
    const text = refusalMessage(result.refusal, 'ru');
    expect(text).toContain('«passport.jpg»');
    expect(text).toContain('не PDF, JPEG или PNG');
    expect(refusalMessage(result.refusal, 'en')).toContain('«passport.jpg»');
  });

  it('refuses an empty file', async () => {
    const result = await prepareFile(new File([], 'empty.pdf'), compressTo(10));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'file-unreadable' } });
  });

  it('refuses a PDF over 5 MiB before reading it, and never re-encodes a PDF', async () => {
    const big = await prepareFile(file('big.pdf', PDF_START, MAX_FILE_BYTES + 1), neverCalled);
    expect(big).toMatchObject({
      ok: false,
      refusal: { fileName: 'big.pdf', code: 'file-too-large' },
    });
    const ok = await prepareFile(file('scan.pdf', PDF_START, 3000), neverCalled);
    expect(ok).toMatchObject({
      ok: true,
      file: { mimeType: 'application/pdf', size: 3000, compressed: false, fileName: 'scan.pdf' },
    });
  });

  it('compresses a large photo and keeps the JPEG with the saving', async () => {
    const photo = file('IMG_0001.PNG', PNG_START, 9 * 1024 * 1024);
    const result = await prepareFile(photo, compressTo(900 * 1024));
    expect(result).toMatchObject({
      ok: true,
      file: {
        mimeType: 'image/jpeg',
        fileName: 'IMG_0001.jpg',
        size: 900 * 1024,
        originalSize: 9 * 1024 * 1024,
        compressed: true,
      },
    });
  });

  it('keeps a small photo as it was when re-encoding would grow it', async () => {
    const photo = file('doc.png', PNG_START, 1000);
    const result = await prepareFile(photo, compressTo(5000));
    expect(result).toMatchObject({
      ok: true,
      file: { mimeType: 'image/png', fileName: 'doc.png', size: 1000, compressed: false },
    });
    if (result.ok) expect(result.file.blob).toBe(photo);
  });

  it('refuses a photo still over 5 MiB after compression, naming the file', async () => {
    const photo = file('huge.jpg', JPEG_START, 20 * 1024 * 1024);
    const result = await prepareFile(photo, compressTo(MAX_FILE_BYTES + 10));
    expect(result).toMatchObject({
      ok: false,
      refusal: { fileName: 'huge.jpg', code: 'file-too-large' },
    });
    if (!result.ok)
      expect(refusalMessage(result.refusal, 'ru')).toMatch(/^«huge\.jpg»: Файл больше 5 МБ/);
  });

  it('hashes exactly the bytes it keeps', async () => {
    const result = await prepareFile(file('a.pdf', PDF_START, 100), neverCalled);
    if (!result.ok) throw new Error('refused');
    expect(result.file.sha256).toBe(await sha256Hex(result.file.blob));
    expect(result.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    // SHA-256 of the empty input, a known value.
    expect(await sha256Hex(new Blob([]))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});

describe('renamedFor', () => {
  it('gives the extension of the stored type', () => {
    expect(renamedFor('photo.heic.png', 'image/jpeg')).toBe('photo.heic.jpg');
    expect(renamedFor('', 'image/jpeg')).toBe('scan.jpg');
    expect(renamedFor('Свидетельство', 'application/pdf')).toBe('Свидетельство.pdf');
  });
});
