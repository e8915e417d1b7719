import type { DocumentDoc } from './documents-repo.ts';
import type { UploadItem } from './upload-queue.ts';

/**
 * What one page shows: the server's verdict when there is one, else what the
 * device's queue is doing with it. Pure: the record, the queue's item and
 * whether the bytes are on this device decide it.
 */
export type ShownUpload =
  | { kind: 'accepted' }
  | { kind: 'rejected'; code: string; params: Record<string, string | number> }
  /** Every byte is on the server; its check is under way. */
  | { kind: 'checking' }
  | { kind: 'offline' }
  | { kind: 'waiting-record' }
  | { kind: 'queued' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'retrying'; at: number; reason: 'network' | 'server' | 'not-found' }
  | { kind: 'signed-out' }
  | { kind: 'refused'; code: string }
  | { kind: 'missing' }
  /** Attached on another device of the family: it sends the bytes. */
  | { kind: 'elsewhere' };

export function shownUpload(
  doc: Pick<DocumentDoc, 'status' | 'rejection' | 'size'>,
  item: UploadItem | undefined,
  hasLocalBytes: boolean,
): ShownUpload {
  if (doc.status === 'accepted') return { kind: 'accepted' };
  if (doc.status === 'rejected') {
    return {
      kind: 'rejected',
      code: doc.rejection?.code ?? 'file-unreadable',
      params: doc.rejection?.params ?? {},
    };
  }
  if (doc.status === 'uploaded') return { kind: 'checking' };
  if (!item) return hasLocalBytes ? { kind: 'queued' } : { kind: 'elsewhere' };
  const phase = item.phase;
  switch (phase.kind) {
    case 'sent':
      return { kind: 'checking' };
    case 'uploading':
      return { kind: 'uploading', percent: percentOf(item.sent, item.size || doc.size) };
    case 'retrying':
      return { kind: 'retrying', at: phase.at, reason: phase.reason };
    case 'refused':
      return { kind: 'refused', code: phase.code };
    default:
      return { kind: phase.kind };
  }
}

/** Whole percent, never 100 before the last byte. */
export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  if (sent >= total) return 100;
  return Math.min(99, Math.floor((sent / total) * 100));
}

/** Whether a page still waits for something on this device (the status bar counts these). */
export function isWaiting(shown: ShownUpload): boolean {
  return !['accepted', 'rejected', 'checking', 'elsewhere', 'missing'].includes(shown.kind);
}
