import { z } from 'zod';
import { ACCEPTED_FILE_TYPES, MAX_FILE_BYTES } from '../files/file-rules.ts';
import { DocumentStatus } from '../status/index.ts';
import { defineCollection } from './collection-def.ts';
import { conflictsField, Id, IsoDateTime } from './shared-fields.ts';

export const DOCUMENT_KINDS = [
  'birth-certificate',
  'parent-passport',
  'oms-policy',
  'snils',
  'proof-of-address',
  'income-statement',
  'medical-record',
  'school-certificate',
  /** A guardianship or adoption decision: proves a legal representative not named on the certificate. */
  'guardianship',
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A rejection the UI words from the code (messages in `errors/`). */
export const DocumentRejection = z.object({
  code: z.string().max(80),
  params: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])).default({}),
});
export type DocumentRejection = z.infer<typeof DocumentRejection>;

/**
 * Metadata of one scanned file (one page); the bytes travel separately (tus).
 *
 * - A document is attached to exactly one record: a child card (`childId`),
 *   an application (`applicationId`, and `childId` of that application's child),
 *   or the parent's own profile (`accountId`, e.g. the passport that confirms
 *   the account).
 * - Several pages of one paper document share `bundleId` (the first page's id)
 *   and are numbered by `page` from 1.
 * - `status` is the server's: `queued` until bytes arrive, `uploading` while the
 *   server holds part of them, then `accepted` or `rejected` with a coded reason.
 *   The device's own progress (bytes sent, waiting offline) is local state of the
 *   upload queue, not replicated.
 */
export const documentsCollection = defineCollection({
  name: 'documents',
  // v2: the `guardianship` kind (a new enum value; the stored shape is unchanged).
  version: 2,
  client: z.object({
    kind: DocumentKind,
    childId: Id.nullable().default(null),
    applicationId: Id.nullable().default(null),
    accountId: Id.nullable().default(null),
    bundleId: Id.nullable().default(null),
    page: z.number().int().min(1).max(50).default(1),
    fileName: z.string().max(255),
    mimeType: z.enum(ACCEPTED_FILE_TYPES),
    size: z.number().int().min(1).max(MAX_FILE_BYTES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: IsoDateTime,
    conflicts: conflictsField,
  }),
  server: z.object({
    status: DocumentStatus.default('queued'),
    rejection: DocumentRejection.nullable().default(null),
    uploadedAt: IsoDateTime.nullable().default(null),
  }),
  clientMayCreate: true,
  clientMayDelete: true,
  childField: 'childId',
});
