import { MAX_FILE_BYTES, type AttachedScan } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { halvingCompressor, jpegBytes, picked, pngBytes } from './scan-fixtures.test-util.ts';
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
const PDF_START = [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0));

function file(name: string, start: number[], size = 2000): File {
  const bytes = new Uint8Array(size);
  bytes.set(start);
  return new File([bytes], name);
}

/** A compressor that answers with a 1600×1200 JPEG of the given size (or fails to decode). */
const compressTo = (size: number | null) => async () => {
  if (size === null) return null;
  return new Blob([jpegBytes(1600, 1200, size).slice()], { type: 'image/jpeg' });
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
    const photo = picked('IMG_0001.PNG', pngBytes(4032, 3024, 9 * 1024 * 1024));
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
    const photo = picked('doc.png', pngBytes(1000, 800, 1000));
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

  it('refuses a 400×300 picture from its header, before decoding it, saying both sizes', async () => {
    const result = await prepareFile(picked('melkiy.png', pngBytes(400, 300, 5000)), neverCalled);
    expect(result).toMatchObject({
      ok: false,
      refusal: {
        fileName: 'melkiy.png',
        code: 'file-image-too-small',
        params: { min: '800×600', actual: '400×300' },
      },
    });
    if (result.ok) return;
    expect(refusalMessage(result.refusal, 'ru')).toBe(
      '«melkiy.png»: Снимок слишком мелкий, текст не прочитать (400×300 пикселей, нужно не меньше 800×600) — переснимите документ ближе и при хорошем свете.',
    );
    expect(refusalMessage(result.refusal, 'en')).toContain('(400×300 pixels');
  });

  it('refuses a decompression bomb from its header without decoding it', async () => {
    const bomb = picked('bomb.png', pngBytes(20000, 20000, 3000));
    const result = await prepareFile(bomb, neverCalled);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'file-image-too-large' } });
  });

  it('checks the pixels of what would be sent: a narrow strip downscaled below 600 px is refused', async () => {
    // 4000×900 is readable; capped at 2400 px on the long side it is 2400×540.
    const strip = picked('strip.jpg', jpegBytes(4000, 900, 3 * 1024 * 1024));
    const result = await prepareFile(strip, halvingCompressor({ width: 2400, height: 540 }));
    expect(result).toMatchObject({
      ok: false,
      refusal: { code: 'file-image-too-small', params: { actual: '2400×540' } },
    });
  });

  it('lets a 9 MB photo through once it is downscaled under 5 MB (the size is checked after)', async () => {
    const big = picked('IMG_9.jpg', jpegBytes(4032, 3024, 9 * 1024 * 1024, 'IMG_9'));
    const result = await prepareFile(big, halvingCompressor({ width: 2400, height: 1800 }));
    expect(result).toMatchObject({ ok: true, file: { size: 4.5 * 1024 * 1024, compressed: true } });
  });

  it('refuses an image kept as it was whose header cannot be read (the server could not read it)', async () => {
    const broken = file('broken.jpg', JPEG_START, 3000);
    const result = await prepareFile(broken, compressTo(null));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'file-unreadable' } });
  });

  it('refuses the same bytes as a scan already attached, naming the box that holds them', async () => {
    const scan = picked('snils.pdf', Uint8Array.from([...PDF_START, 1, 2, 3]));
    const first = await prepareFile(scan, neverCalled);
    if (!first.ok) throw new Error('refused');
    const held: AttachedScan = { sha256: first.file.sha256, kind: 'snils', holder: 'card' };
    const again = await prepareFile(scan, neverCalled, [held]);
    expect(again).toMatchObject({ ok: false, refusal: { code: 'file-duplicate', held } });
    if (again.ok) return;
    const box = (kind: string, holder: string) => `«${kind}» ${holder}`;
    expect(refusalMessage(again.refusal, 'ru', box)).toBe(
      '«snils.pdf»: Этот файл уже прикреплён («snils» card) — второй раз он не нужен: выберите другой файл или переснимите страницу.',
    );
    // Another file goes through.
    const other = picked('snils-2.pdf', Uint8Array.from([...PDF_START, 4, 5, 6]));
    expect((await prepareFile(other, neverCalled, [held])).ok).toBe(true);
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
