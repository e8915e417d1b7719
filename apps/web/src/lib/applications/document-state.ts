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
  status: string;
  rejection?: { code: string; params: Record<string, string | number> } | null;
  _deleted?: boolean;
};

/** The worst-first order: a rejected page makes the kind rejected, any pending page pending. */
const ORDER = ['rejected', 'queued', 'uploading', 'uploaded', 'accepted'] as const;

/** Each required kind's state from the documents attached to this application. */
export function documentStates(
  kinds: readonly DocumentKind[],
  documents: readonly LocalDocument[],
  applicationId: string,
): Map<DocumentKind, DocumentState> {
  const out = new Map<DocumentKind, DocumentState>();
  for (const kind of kinds) {
    const mine = documents.filter(
      (d) => d.applicationId === applicationId && d.kind === kind && !d._deleted,
    );
    if (mine.length === 0) {
      out.set(kind, { state: 'none' });
      continue;
    }
    const ids = mine.map((d) => d.id);
    const worst = ORDER.find((s) => mine.some((d) => d.status === s)) ?? 'queued';
    if (worst === 'rejected') {
      const rejected = mine.find((d) => d.status === 'rejected');
      out.set(kind, { state: 'rejected', ids, rejection: rejected?.rejection ?? null });
    } else out.set(kind, { state: worst, ids });
  }
  return out;
}

/** The ids of every live document attached to this application (sent with it). */
export function attachedDocumentIds(
  documents: readonly LocalDocument[],
  applicationId: string,
): string[] {
  return documents.filter((d) => d.applicationId === applicationId && !d._deleted).map((d) => d.id);
}

/** `birth-certificate` → the i18n key `docKind_birth_certificate`. */
export function documentKindKey(kind: DocumentKind): `docKind_${string}` {
  return `docKind_${kind.replace(/-/g, '_')}`;
}
