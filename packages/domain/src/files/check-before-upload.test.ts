import { describe, expect, it } from 'vitest';
import { messageFor } from '../errors/index.ts';
import {
  checkBeforeUpload,
  scansAlreadyAttached,
  type AttachedScan,
  type ScanFacts,
  type ScanRecord,
} from './check-before-upload.ts';
import { MAX_FILE_BYTES } from './file-rules.ts';

const sha = (c: string) => c.repeat(64);
const photo = (over: Partial<ScanFacts> = {}): ScanFacts => ({
  type: 'image/jpeg',
  size: 900 * 1024,
  pixels: { width: 2400, height: 1800 },
  sha256: sha('a'),
  ...over,
});

describe('checkBeforeUpload (the phone, before a byte is sent)', () => {
  it('lets a readable photo and a PDF through', () => {
    expect(checkBeforeUpload(photo(), [])).toBeNull();
    expect(checkBeforeUpload(photo({ pixels: { width: 600, height: 800 } }), [])).toBeNull();
    const pdf = photo({ type: 'application/pdf', pixels: null, size: MAX_FILE_BYTES });
    expect(checkBeforeUpload(pdf, [])).toBeNull();
  });

  it('refuses bytes that are none of PDF, JPEG and PNG, whatever the name', () => {
    expect(checkBeforeUpload(photo({ type: null }), [])).toEqual({
      code: 'file-type-unsupported',
      params: { allowed: 'PDF, JPEG, PNG' },
    });
  });

  it('refuses more than 5 MiB (the size of what would be sent, after any re-encoding)', () => {
    expect(checkBeforeUpload(photo({ size: MAX_FILE_BYTES + 1 }), [])?.code).toBe('file-too-large');
    expect(checkBeforeUpload(photo({ size: MAX_FILE_BYTES }), [])).toBeNull();
  });

  it('refuses a 400×300 image, saying its size and the least one, and skips the pixels of a PDF', () => {
    expect(checkBeforeUpload(photo({ pixels: { width: 400, height: 300 } }), [])).toEqual({
      code: 'file-image-too-small',
      params: { min: '800×600', actual: '400×300' },
    });
    // A tall strip: long enough, too narrow to read.
    expect(checkBeforeUpload(photo({ pixels: { width: 2400, height: 540 } }), [])?.code).toBe(
      'file-image-too-small',
    );
    expect(checkBeforeUpload(photo({ pixels: { width: 20000, height: 20000 } }), [])?.code).toBe(
      'file-image-too-large',
    );
  });

  it('refuses an image whose header cannot be read (the server could not read it either)', () => {
    expect(checkBeforeUpload(photo({ pixels: null }), [])?.code).toBe('file-unreadable');
  });

  it('refuses the same bytes as a scan already attached, naming the box that holds them', () => {
    const held: AttachedScan = { sha256: sha('a'), kind: 'snils', holder: 'card' };
    const other: AttachedScan = { sha256: sha('b'), kind: 'oms-policy', holder: 'card' };
    expect(checkBeforeUpload(photo(), [other, held])).toEqual({
      code: 'file-duplicate',
      params: {},
      held,
    });
    expect(checkBeforeUpload(photo(), [other])).toBeNull();
  });

  it('checks the kind of file before the duplicate: a broken file is refused as broken', () => {
    const held: AttachedScan = { sha256: sha('a'), kind: 'snils', holder: 'card' };
    expect(checkBeforeUpload(photo({ pixels: { width: 10, height: 10 } }), [held])?.code).toBe(
      'file-image-too-small',
    );
  });

  it('words a duplicate with its box in Russian and English, and without one as the server does', () => {
    expect(messageFor('file-duplicate', { box: '«СНИЛС» в карточке ребёнка' }, 'ru')).toBe(
      'Этот файл уже прикреплён («СНИЛС» в карточке ребёнка) — второй раз он не нужен: выберите другой файл или переснимите страницу.',
    );
    expect(messageFor('file-duplicate', {}, 'en')).toContain('already attached to this record');
  });
});

describe('scansAlreadyAttached', () => {
  const record = (over: Partial<ScanRecord> & { sha: string }): ScanRecord => ({
    sha256: sha(over.sha),
    kind: 'birth-certificate',
    status: 'accepted',
    childId: null,
    applicationId: null,
    accountId: null,
    ...over,
  });
  const records: ScanRecord[] = [
    record({ sha: 'a', childId: 'c1' }),
    record({ sha: 'b', childId: 'c1', applicationId: 'app1', kind: 'snils', status: 'queued' }),
    record({ sha: 'c', childId: 'c2' }),
    record({ sha: 'd', childId: 'c1', applicationId: 'app2' }),
    record({ sha: 'e', accountId: 'acc1', kind: 'parent-passport' }),
    record({ sha: 'f', childId: 'c1', status: 'rejected' }),
    record({ sha: '0', childId: 'c1', _deleted: true }),
  ];
  const shas = (scans: AttachedScan[]) => scans.map((s) => s.sha256[0]).sort();

  it("on a child's card: that card's scans of any kind, not another child's, nor an application's", () => {
    expect(shas(scansAlreadyAttached({ childId: 'c1' }, records))).toEqual(['a']);
  });

  it("on an application: its own scans and its child's card (they count for it), not another application's", () => {
    const scans = scansAlreadyAttached({ applicationId: 'app1', childId: 'c1' }, records);
    expect(scans).toEqual([
      { sha256: sha('a'), kind: 'birth-certificate', holder: 'card' },
      { sha256: sha('b'), kind: 'snils', holder: 'application' },
    ]);
  });

  it("on the parent's profile: the profile's scans only", () => {
    expect(scansAlreadyAttached({ accountId: 'acc1' }, records)).toEqual([
      { sha256: sha('e'), kind: 'parent-passport', holder: 'profile' },
    ]);
  });

  it('leaves out a rejected scan (it is retaken, so the same file may be tried again) and a removed one', () => {
    expect(shas(scansAlreadyAttached({ childId: 'c1' }, records))).not.toContain('f');
    expect(shas(scansAlreadyAttached({ childId: 'c1' }, records))).not.toContain('0');
  });
});
