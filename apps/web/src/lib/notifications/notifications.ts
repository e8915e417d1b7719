import type { NotificationDoc } from '@rodnik/sync-client';

/** The notifications screen's rules: order, unread count and filter, where a tap goes. */

export type NotificationFilter = 'all' | 'unread';

export function isUnread(note: Pick<NotificationDoc, 'readAt'>): boolean {
  return note.readAt === null || note.readAt === undefined;
}

export function unreadCount(notes: readonly Pick<NotificationDoc, 'readAt'>[]): number {
  return notes.filter(isUnread).length;
}

/** Newest first (by creation time, then id), narrowed by the filter. */
export function shownNotifications<T extends Pick<NotificationDoc, 'readAt' | 'createdAt' | 'id'>>(
  notes: readonly T[],
  filter: NotificationFilter,
): T[] {
  return notes
    .filter((n) => filter === 'all' || isUnread(n))
    .sort((a, b) =>
      a.createdAt === b.createdAt
        ? b.id.localeCompare(a.id)
        : b.createdAt.localeCompare(a.createdAt),
    );
}

/** Where tapping a notification takes the parent: its application or child card, if any. */
export type NotificationTarget =
  { kind: 'application'; id: string } | { kind: 'child'; id: string } | null;

export function notificationTarget(
  note: Pick<NotificationDoc, 'subject' | 'childId'>,
): NotificationTarget {
  const subject = note.subject;
  if (subject?.collection === 'applications') return { kind: 'application', id: subject.id };
  if (subject?.collection === 'children') return { kind: 'child', id: subject.id };
  if (note.childId) return { kind: 'child', id: note.childId };
  return null;
}
