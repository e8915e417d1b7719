import { z } from 'zod';
import { defineCollection } from './collection-def.ts';
import { Id, IsoDateTime, LocalizedText } from './shared-fields.ts';

export const NotificationKind = z.enum([
  'child-card-verified',
  'child-card-needs-correction',
  'application-status',
  'document-status',
  'link',
  /** An edit arrived at a card or draft another device had deleted (docs/sync-rules.md). */
  'record-deleted',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** Messages from the server to a family; the device only marks them read. */
export const notificationsCollection = defineCollection({
  name: 'notifications',
  // v1: the `record-deleted` kind.
  version: 1,
  client: z.object({
    readAt: IsoDateTime.nullable().default(null),
  }),
  server: z.object({
    kind: NotificationKind,
    title: LocalizedText,
    body: LocalizedText,
    childId: Id.nullable().default(null),
    subject: z
      .object({ collection: z.string().max(40), id: Id })
      .nullable()
      .default(null),
    createdAt: IsoDateTime,
  }),
  clientMayCreate: false,
  clientMayDelete: false,
  childField: 'childId',
});
