import { describe, expect, it } from 'vitest';
import { isWaiting, percentOf, shownUpload } from './shown-upload.ts';
import type { UploadItem } from './upload-queue.ts';

const doc = (
  status: 'queued' | 'uploading' | 'uploaded' | 'accepted' | 'rejected',
  rejection = null as null | { code: string; params: Record<string, string | number> },
) => ({
  status,
  rejection,
  size: 1000,
});
const item = (phase: UploadItem['phase'], sent = 0): UploadItem => ({
  documentId: 'd',
  size: 1000,
  sent,
  phase,
});

describe('shownUpload', () => {
  it("the server's verdict wins over anything the device is doing", () => {
    expect(shownUpload(doc('accepted'), item({ kind: 'uploading' }), true)).toEqual({
      kind: 'accepted',
    });
    const rejection = { code: 'file-image-too-small', params: { actual: '400×300' } };
    expect(shownUpload(doc('rejected', rejection), undefined, true)).toEqual({
      kind: 'rejected',
      ...rejection,
    });
  });

  it('shows the progress while sending, and «checking» once every byte is there', () => {
    expect(shownUpload(doc('uploading'), item({ kind: 'uploading' }, 420), true)).toEqual({
      kind: 'uploading',
      percent: 42,
    });
    expect(shownUpload(doc('uploading'), item({ kind: 'sent' }, 1000), true).kind).toBe('checking');
    expect(shownUpload(doc('uploaded'), undefined, false).kind).toBe('checking');
  });

  it('says what a waiting page waits for', () => {
    expect(shownUpload(doc('queued'), item({ kind: 'offline' }), true).kind).toBe('offline');
    expect(shownUpload(doc('queued'), item({ kind: 'waiting-record' }), true).kind).toBe(
      'waiting-record',
    );
    expect(
      shownUpload(
        doc('queued'),
        item({ kind: 'retrying', at: 5, attempt: 1, reason: 'server' }),
        true,
      ),
    ).toEqual({ kind: 'retrying', at: 5, reason: 'server' });
  });

  it('a page attached on another device is sent from there', () => {
    const shown = shownUpload(doc('queued'), undefined, false);
    expect(shown.kind).toBe('elsewhere');
    expect(isWaiting(shown)).toBe(false);
  });
});

describe('percentOf', () => {
  it('never says 100 % before the last byte', () => {
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
  });
});
