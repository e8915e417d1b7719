import type { DocumentKind } from '../collections/documents.ts';
import {
  imageSizeRejection,
  SIZE_REFUSAL,
  TYPE_REFUSAL,
  type FileRejection,
} from './check-file.ts';
import { MAX_FILE_BYTES, type AcceptedFileType } from './file-rules.ts';
import type { ImageSize } from './image-size.ts';

/**
 * What the phone knows about a picked scan once it is ready to store — after
 * a photo's downscale and re-encoding, so the facts are those of the bytes
 * that would go: a 12 MB camera photo that becomes 900 KB passes.
 */
export type ScanFacts = {
  /** The type its first bytes say (`sniffFileType`), never its name; null: none of ours. */
  readonly type: AcceptedFileType | null;
  readonly size: number;
  /** From the header (`imageSize`); null for a PDF, or an image whose header cannot be read. */
  readonly pixels: ImageSize | null;
  readonly sha256: string;
};

/** The record a scan is on, as the family sees it. */
export type ScanHolder = 'application' | 'card' | 'profile';

/** A scan already on the record (or counted for it), by its bytes' hash and the box it is in. */
export type AttachedScan = {
  readonly sha256: string;
  readonly kind: DocumentKind;
  readonly holder: ScanHolder;
};

/** A refusal before upload; a duplicate names the box that already holds the same bytes. */
export type UploadRefusal = FileRejection & { readonly held?: AttachedScan };

/**
 * The server's checks a phone can make before a byte is sent (issue 13): the
 * type by magic bytes, at most 5 MiB, an image of at least 800×600 (and not a
 * decompression bomb), and not the same bytes as a scan the record already
 * has — the server would refuse each after a slow upload. The codes and
 * parameters are the server's (`checkReceivedFile`), so the words are the same.
 */
export function checkBeforeUpload(
  facts: ScanFacts,
  attached: readonly AttachedScan[],
): UploadRefusal | null {
  if (facts.type === null) return TYPE_REFUSAL;
  if (facts.size > MAX_FILE_BYTES) return SIZE_REFUSAL;
  if (facts.type !== 'application/pdf') {
    if (facts.pixels === null) return { code: 'file-unreadable', params: {} };
    const pixels = imageSizeRejection(facts.pixels);
    if (pixels) return pixels;
  }
  const held = attached.find((scan) => scan.sha256 === facts.sha256);
  return held ? { code: 'file-duplicate', params: {}, held } : null;
}

/** Where a scan is attached: the owner fields of a `documents` record. */
export type ScanOwner = {
  readonly childId?: string | null;
  readonly applicationId?: string | null;
  readonly accountId?: string | null;
};

/** A `documents` record as far as the duplicate check reads it. */
export type ScanRecord = ScanOwner & {
  readonly sha256: string;
  readonly kind: DocumentKind;
  readonly status: string;
  readonly _deleted?: boolean;
};

export function holderOf(owner: ScanOwner): ScanHolder {
  if (owner.applicationId) return 'application';
  if (owner.accountId) return 'profile';
  return 'card';
}

const sameOwner = (a: ScanOwner, b: ScanOwner) =>
  (a.childId ?? null) === (b.childId ?? null) &&
  (a.applicationId ?? null) === (b.applicationId ?? null) &&
  (a.accountId ?? null) === (b.accountId ?? null);

/**
 * The scans a new one must not repeat: those on the same record (the server's
 * duplicate rule, any kind), and for an application also its child's card,
 * whose scans count for it. A rejected scan does not count: it is retaken.
 */
export function scansAlreadyAttached(
  target: ScanOwner,
  records: readonly ScanRecord[],
): AttachedScan[] {
  const card: ScanOwner | null =
    target.applicationId && target.childId ? { childId: target.childId } : null;
  return records
    .filter(
      (r) =>
        !r._deleted &&
        r.status !== 'rejected' &&
        (sameOwner(r, target) || (card !== null && sameOwner(r, card))),
    )
    .map((r) => ({ sha256: r.sha256, kind: r.kind, holder: holderOf(r) }));
}
