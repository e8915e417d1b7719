import { z } from 'zod';
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
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Metadata of an uploaded scan; the bytes travel separately (tus). */
export const documentsCollection = defineCollection({
  name: 'documents',
  version: 0,
  client: z.object({
    kind: DocumentKind,
    childId: Id.nullable().default(null),
    applicationId: Id.nullable().default(null),
    fileName: z.string().max(255),
    mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    size: z
      .number()
      .int()
      .min(1)
      .max(5 * 1024 * 1024),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: IsoDateTime,
    conflicts: conflictsField,
  }),
  server: z.object({
    status: DocumentStatus.default('queued'),
    rejectionReason: z.string().max(500).nullable().default(null),
    uploadedAt: IsoDateTime.nullable().default(null),
  }),
  clientMayCreate: true,
  clientMayDelete: true,
  childField: 'childId',
});
