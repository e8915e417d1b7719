import { serviceById } from '@rodnik/domain';
import type { ChildDoc, LinkDoc as SyncedLinkDoc, NotificationDoc } from '@rodnik/sync-client';
import type { FamilyApp } from '../app/family-app.ts';
import type { ApplicationDoc } from '../applications/applications-repo.ts';
import { shownApplicationStatus } from '../applications/application-view.ts';
import { childName, shownStatus } from '../child-card/card-form.ts';
import { shownIdentity, type MemberDoc } from '../identity/passport-form.ts';
import { unreadCount } from '../notifications/notifications.ts';
import { isDeleted } from '../recently-deleted/soft-deletion.ts';
import {
  SNAPSHOT_VERSION,
  writeSnapshot,
  type FamilySnapshot,
  type SnapshotOwner,
} from './family-snapshot.ts';

/** How many notifications the family screen lists. */
export const HOME_NOTES = 5;

/** What the screen reads of a link: which child, and whether linked. */
type LinkDoc = Pick<SyncedLinkDoc, 'childId' | 'status'>;

type HomeSources = Pick<FamilyApp, 'db' | 'applications' | 'members' | 'pending'>;

/**
 * Follows everything the family screen shows in the account's database and
 * hands it on as one snapshot — to the screen, and to `storage` for the next
 * start — each time any of it changes. The first snapshot waits until every
 * part has been read, so the screen never shows half of a fresh reading.
 * Loaded with the database, never before the first paint. Returns the stop.
 */
export function watchHome(
  app: HomeSources,
  owner: SnapshotOwner,
  storage: Parameters<typeof writeSnapshot>[0],
  listener: (snapshot: FamilySnapshot) => void,
): () => void {
  let children: ChildDoc[] | undefined;
  let links: LinkDoc[] | undefined;
  let applications: ApplicationDoc[] | undefined;
  let notes: NotificationDoc[] | undefined;
  let member: MemberDoc | null | undefined;
  let pending = app.pending.count;
  let scheduled = false;
  let stopped = false;

  const emit = () => {
    scheduled = false;
    if (stopped || !children || !links || !applications || !notes || member === undefined) return;
    const snapshot = compose(owner, { children, links, applications, notes, member, pending });
    writeSnapshot(storage, snapshot);
    listener(snapshot);
  };
  // Several parts often change in one go (a pull, a write): one snapshot for them.
  const changed = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(emit);
  };

  const subs = [
    app.db.children.find({ sort: [{ id: 'asc' }] }).$.subscribe((docs) => {
      children = docs.map((d) => d.toMutableJSON());
      changed();
    }),
    app.db.links.find().$.subscribe((docs) => {
      links = docs.map((d) => d.toMutableJSON());
      changed();
    }),
    app.db.notifications.find({ sort: [{ id: 'desc' }] }).$.subscribe((docs) => {
      notes = docs.map((d) => d.toMutableJSON());
      changed();
    }),
  ];
  const stops = [
    app.applications.watchLive((docs) => {
      applications = docs;
      changed();
    }),
    app.members.observeOwn(owner.id, (found) => {
      member = found;
      changed();
    }),
    app.pending.subscribe((count) => {
      pending = count;
      changed();
    }),
  ];
  return () => {
    stopped = true;
    subs.forEach((s) => s.unsubscribe());
    stops.forEach((stop) => stop());
  };
}

/** The screen's rows from the documents: the same rules the screens use (one home each). */
export function compose(
  owner: SnapshotOwner,
  parts: {
    children: ChildDoc[];
    links: LinkDoc[];
    applications: ApplicationDoc[];
    notes: NotificationDoc[];
    member: MemberDoc | null;
    pending: number;
  },
): FamilySnapshot {
  const linkStatus = new Map<string, string>();
  for (const link of parts.links) {
    if (link.childId && link.status) linkStatus.set(link.childId, link.status);
  }
  // An application names its child even when that card is now deleted.
  const names = new Map(parts.children.map((c) => [c.id, childName(c)]));
  return {
    v: SNAPSHOT_VERSION,
    accountId: owner.id,
    familyId: owner.familyId,
    children: parts.children
      .filter((c) => !isDeleted(c))
      .map((c) => ({
        id: c.id,
        name: childName(c),
        status: shownStatus(c),
        linked: linkStatus.get(c.id) === 'linked' || (!!c.accountId && !linkStatus.has(c.id)),
      })),
    applications: parts.applications.map((a) => {
      const title = serviceById(a.serviceId)?.title;
      return {
        id: a.id,
        title: { ru: title?.ru ?? a.serviceId, en: title?.en ?? a.serviceId },
        childName: (a.childId && names.get(a.childId)) || '',
        requestNumber: a.requestNumber ?? null,
        status: shownApplicationStatus(a),
      };
    }),
    notes: parts.notes
      .slice(0, HOME_NOTES)
      .map((n) => ({ id: n.id, title: n.title, body: n.body })),
    unread: unreadCount(parts.notes),
    identity: shownIdentity(parts.member),
    pending: parts.pending,
  };
}
