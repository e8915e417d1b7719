import { z } from 'zod';
import { ApplicationStatus, StatusHistoryEntry } from '../status/index.ts';
import { defineCollection } from './collection-def.ts';
import { conflictsField, Id, IsoDateTime } from './shared-fields.ts';

/** A service request. Its form answers are checked against the catalog on send. */
export const applicationsCollection = defineCollection({
  name: 'applications',
  version: 0,
  client: z.object({
    serviceId: z.string().min(1).max(80),
    childId: Id.nullable().default(null),
    answers: z.record(z.string().max(80), z.unknown()).default({}),
    documentIds: z.array(Id).max(50).default([]),
    submittedAt: IsoDateTime.nullable().default(null),
    withdrawnAt: IsoDateTime.nullable().default(null),
    conflicts: conflictsField,
  }),
  server: z.object({
    status: ApplicationStatus.default('draft'),
    requestNumber: z.string().max(20).nullable().default(null),
    statusHistory: z.array(StatusHistoryEntry).max(200).default([]),
    expectedDecisionDate: z.string().max(10).nullable().default(null),
  }),
  clientMayCreate: true,
  clientMayDelete: false,
  childField: 'childId',
});
