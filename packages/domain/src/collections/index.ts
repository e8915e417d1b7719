import type { CollectionName } from '../sync/protocol.ts';
import { applicationsCollection } from './applications.ts';
import { childrenCollection } from './children.ts';
import type { CollectionDef } from './collection-def.ts';
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
