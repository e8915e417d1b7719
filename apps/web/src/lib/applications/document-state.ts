import type { DocumentKind } from '@rodnik/domain';

/** The state of one required document kind, from the local `documents` collection. */
export type DocumentState =
  | { state: 'none' }
  | { state: 'queued' | 'uploading' | 'uploaded' | 'accepted'; ids: string[] }
  | {
      state: 'rejected';
      ids: string[];
      rejection: { code: string; params: Record<string, string | number> } | null;
    };

export type LocalDocument = {
  id: string;
  kind: DocumentKind;
  applicationId: string | null;
  childId?: string | null;
  accountId?: string | null;
  status: string;
  rejection?: { code: string; params: Record<string, string | number> } | null;
  _deleted?: boolean;
};

/**
 * Best first, as the server counts (one accepted page of a kind is enough): any
 * accepted page makes the kind accepted, else any page on its way makes it pending.
 */
const ORDER = ['accepted', 'uploaded', 'uploading', 'queued', 'rejected'] as const;

/** Whose documents count for an application: its own, its child's card, the sender's profile. */
export type ApplicationOwners = {
  applicationId: string;
  childId: string | null;
  /** The signed-in parent (the sender): their passport on their profile counts. */
  accountId: string | null;
  /** Records the application lists (a corrected copy lists the refused one's scans). */
  documentIds?: readonly string[];
};

/**
 * Whether a document counts for the application, by the server's rule: one
 * attached to it; one on its child's card (any kind but a parent's passport);
 * the sender's own passport on their profile.
 */
export function countsFor(d: LocalDocument, owners: ApplicationOwners): boolean {
  if (d._deleted) return false;
  if (d.applicationId === owners.applicationId) return true;
  // Listed in the application: the server counts these too (application-documents.ts).
  if (owners.documentIds?.includes(d.id)) return true;
  if (d.applicationId) return false;
  if (d.kind === 'parent-passport') return !!d.accountId && d.accountId === owners.accountId;
  return !d.accountId && !!d.childId && d.childId === owners.childId;
}

/** Each required kind's state from the documents that count for this application. */
export function documentStates(
  kinds: readonly DocumentKind[],
  documents: readonly LocalDocument[],
  owners: ApplicationOwners,
): Map<DocumentKind, DocumentState> {
  const out = new Map<DocumentKind, DocumentState>();
  for (const kind of kinds) {
    const mine = documents.filter((d) => d.kind === kind && countsFor(d, owners));
    if (mine.length === 0) {
      out.set(kind, { state: 'none' });
      continue;
    }
    const ids = mine.map((d) => d.id);
    const best = ORDER.find((s) => mine.some((d) => d.status === s)) ?? 'queued';
    if (best === 'rejected') {
      const rejected = mine.find((d) => d.status === 'rejected');
      out.set(kind, { state: 'rejected', ids, rejection: rejected?.rejection ?? null });
    } else out.set(kind, { state: best, ids });
  }
  return out;
}

/** The ids of every live document attached to this application or already listed in it. */
export function attachedDocumentIds(
  documents: readonly LocalDocument[],
  applicationId: string,
  listed: readonly string[] = [],
): string[] {
  return documents
    .filter((d) => !d._deleted && (d.applicationId === applicationId || listed.includes(d.id)))
    .map((d) => d.id);
}

/** `birth-certificate` → the i18n key `docKind_birth_certificate`. */
export function documentKindKey(kind: DocumentKind): `docKind_${string}` {
  return `docKind_${kind.replace(/-/g, '_')}`;
}

/**
 * Whether a kind counts only through scans of the child's card or the parent's profile,
 * none attached to the application itself: the box says so instead of «nothing attached».
 */
export function reusedFromElsewhere(state: DocumentState, ownIds: ReadonlySet<string>): boolean {
  return 'ids' in state && !state.ids.some((id) => ownIds.has(id));
}
