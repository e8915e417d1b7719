import { z } from 'zod';
import { ChildCardStatus, statusHistoryField } from '../status/index.ts';
import { RELATIONS } from '../child-card/child-card.schema.ts';
import { defineCollection } from './collection-def.ts';
import {
  conflictsField,
  deletedAtField,
  draftText,
  FieldIssue,
  Id,
  IsoDateTime,
} from './shared-fields.ts';

/**
 * A child card as the device keeps it while it is a draft: every field as the
 * parent typed it, so nothing half-typed is lost. The strict rules of
 * `ChildCard` apply when the card is submitted and on the server's re-check.
 */
const AddressDraft = z.object({
  region: draftText(),
  district: draftText(),
  settlement: draftText(),
  street: draftText(),
  house: draftText(20),
  building: draftText(20),
  apartment: draftText(20),
  postcode: draftText(20),
});

export const ChildCardDraft = z.object({
  surname: draftText(100),
  givenName: draftText(100),
  patronymic: draftText(100),
  birthDate: draftText(20),
  sex: z.enum(['male', 'female']).optional(),
  birthPlace: draftText(300),
  citizenship: draftText(60),
  address: AddressDraft.optional(),
  residenceSameAsRegistration: z.boolean().optional(),
  residenceAddress: AddressDraft.optional(),
  relation: z.enum(RELATIONS).optional(),
  birthCertificate: z
    .object({
      kind: z.enum(['ru', 'foreign']).optional(),
      series: draftText(20),
      number: draftText(40),
      issueDate: draftText(20),
      issuedBy: draftText(300),
      country: draftText(60),
    })
    .optional(),
  snils: draftText(20),
  inn: draftText(20),
  omsPolicy: draftText(30),
  consent: z.object({ given: z.boolean(), at: IsoDateTime }).optional(),
});
export type ChildCardDraft = z.infer<typeof ChildCardDraft>;

/** The draft's field names, for code that copies or clears a whole draft. */
export const CHILD_CARD_DRAFT_FIELDS = Object.keys(
  ChildCardDraft.shape,
) as (keyof ChildCardDraft)[];

export const VerificationResult = z.object({
  /** Which submission (the device's `submittedAt`) this result answers. */
  submittedAt: IsoDateTime,
  checkedAt: IsoDateTime.nullable(),
  issues: z.array(FieldIssue).max(100),
});
export type VerificationResult = z.infer<typeof VerificationResult>;

export const childrenCollection = defineCollection({
  name: 'children',
  // v1: `deletedAt` (soft deletion, docs/sync-rules.md).
  // v2: optional `residenceSameAsRegistration`, `residenceAddress` and `relation` (issue 17).
  version: 2,
  client: ChildCardDraft.extend({
    /** Set by the device when the parent presses «Отправить на проверку». */
    submittedAt: IsoDateTime.nullable().default(null),
    conflicts: conflictsField,
    deletedAt: deletedAtField,
  }),
  server: z.object({
    status: ChildCardStatus.default('draft'),
    statusHistory: statusHistoryField,
    verification: VerificationResult.nullable().default(null),
    /** The child's own account once one is created or linked. */
    accountId: Id.nullable().default(null),
  }),
  clientMayCreate: true,
  // A card is deleted by `deletedAt`; the server makes the tombstone after 30 days.
  clientMayDelete: false,
  childField: 'id',
});
