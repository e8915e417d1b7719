import type { z } from 'zod';
import type { CollectionName } from '../sync/protocol.ts';
import { applicationsCollection } from './applications.ts';
import { childrenCollection } from './children.ts';
import type { CollectionDef, documentSchema } from './collection-def.ts';
import { diaryCollection } from './diary.ts';
import { documentsCollection } from './documents.ts';
import { linksCollection } from './links.ts';
import { membersCollection } from './members.ts';
import { notificationsCollection } from './notifications.ts';

export * from './collection-def.ts';
export * from './shared-fields.ts';
export * from './children.ts';
export * from './documents.ts';
export * from './applications.ts';
export * from './links.ts';
export * from './notifications.ts';
export * from './members.ts';
export * from './diary.ts';
export * from './refused-push.ts';
export * from './record-limits.ts';

/** Every replicated collection, by name: one place both sides read. */
export const COLLECTIONS = {
  children: childrenCollection,
  documents: documentsCollection,
  applications: applicationsCollection,
  links: linksCollection,
  notifications: notificationsCollection,
  members: membersCollection,
  diary: diaryCollection,
} as const satisfies Record<CollectionName, CollectionDef>;

/**
 * A replicated document of one collection as devices and the server read it:
 * the frame, client- and server-owned fields, typed from the collection's zod
 * definition (`z.output` of `documentSchema`), so no document type is written twice.
 */
export type CollectionDoc<N extends CollectionName> = z.output<
  ReturnType<
    typeof documentSchema<(typeof COLLECTIONS)[N]['client'], (typeof COLLECTIONS)[N]['server']>
  >
>;
