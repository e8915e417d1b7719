import { describe, expect, it } from 'vitest';
import { notificationTarget, shownNotifications, unreadCount } from './notifications.ts';

const note = (id: string, createdAt: string, readAt: string | null) => ({ id, createdAt, readAt });

describe('notifications', () => {
  const notes = [
    note('a', '2026-11-20T10:00:00.000Z', null),
    note('b', '2026-11-22T10:00:00.000Z', '2026-11-23T10:00:00.000Z'),
    note('c', '2026-11-21T10:00:00.000Z', null),
  ];

  it('counts the unread ones', () => {
    expect(unreadCount(notes)).toBe(2);
    expect(unreadCount([])).toBe(0);
  });

  it('lists newest first, and only unread ones under the unread filter', () => {
    expect(shownNotifications(notes, 'all').map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(shownNotifications(notes, 'unread').map((n) => n.id)).toEqual(['c', 'a']);
  });

  it('takes a tap to the application, else to the child card, else nowhere', () => {
    expect(
      notificationTarget({ subject: { collection: 'applications', id: 'x' }, childId: 'k' }),
    ).toEqual({
      kind: 'application',
      id: 'x',
    });
    expect(notificationTarget({ subject: null, childId: 'k' })).toEqual({ kind: 'child', id: 'k' });
    expect(notificationTarget({ subject: null, childId: null })).toBeNull();
  });
});
