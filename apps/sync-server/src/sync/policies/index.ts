import type { CollectionName } from '@rodnik/domain';
import type { AnyPolicy } from '../policy.ts';
import { applicationsPolicy } from './applications.ts';
import { childrenPolicy } from './children.ts';
import { diaryPolicy } from './diary.ts';
import { documentsPolicy } from './documents.ts';
import { linksPolicy } from './links.ts';
import { membersPolicy } from './members.ts';
import { notificationsPolicy } from './notifications.ts';

/** Every collection's policy: the push loop and the pull route look here, nowhere else. */
export const POLICIES: Record<CollectionName, AnyPolicy> = {
  children: childrenPolicy,
  documents: documentsPolicy,
  applications: applicationsPolicy,
  links: linksPolicy,
  notifications: notificationsPolicy,
  members: membersPolicy,
  diary: diaryPolicy,
};
