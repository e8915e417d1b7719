import {
  familyMaySendApplication,
  isFinalApplication,
  isOpenApplication,
  type ApplicationStatus,
  type DocumentKind,
  type InfoRequest,
} from '@rodnik/domain';

/**
 * What the parent sees of an application and may do with it, from the stored
 * document alone (so it is the same offline): the status shown, which answers
 * and document kinds are editable, and what the send button does.
 */

export type ApplicationView = {
  status: ApplicationStatus;
  submittedAt: string | null;
  processedSubmittedAt: string | null;
  withdrawnAt: string | null;
  infoRequest: InfoRequest | null;
  /** Problems the server's check named; their fields are editable under needs_info too. */
  issues?: readonly { field: string }[];
};

/** The server's status, or «waiting» while a send or withdrawal has not reached it yet. */
export type ShownApplicationStatus = ApplicationStatus | 'waiting';

export function shownApplicationStatus(doc: ApplicationView): ShownApplicationStatus {
  if (doc.withdrawnAt !== null && doc.status !== 'withdrawn' && !isFinal(doc.status)) {
    return 'waiting';
  }
  const unsent = doc.submittedAt !== null && doc.submittedAt !== doc.processedSubmittedAt;
  if (unsent && familyMaySendApplication(doc.status)) return 'waiting';
  return doc.status;
}

export function isFinal(status: ApplicationStatus): boolean {
  return isFinalApplication(status);
}

/** Which answers the parent may change: all in a draft, only the named ones under needs_info. */
export type Editable = { all: true } | { all: false; fields: ReadonlySet<string> };

export function editableAnswers(doc: ApplicationView): Editable {
  const shown = shownApplicationStatus(doc);
  if (shown === 'draft') return { all: true };
  if (shown === 'needs_info') {
    const named = [...(doc.infoRequest?.fields ?? []), ...(doc.issues ?? []).map((i) => i.field)];
    return { all: false, fields: new Set(named) };
  }
  return { all: false, fields: new Set() };
}

/** Whether the answer at `path` (`field` or `group.0.field`) may be changed. */
export function isEditable(editable: Editable, path: string): boolean {
  if (editable.all) return true;
  const top = path.split('.')[0] ?? path;
  return editable.fields.has(path) || editable.fields.has(top);
}

/** The document kinds the parent may attach now: all in a draft, the asked ones under needs_info. */
export function editableDocumentKinds(
  doc: ApplicationView,
  required: readonly DocumentKind[],
): ReadonlySet<DocumentKind> {
  const shown = shownApplicationStatus(doc);
  if (shown === 'draft') return new Set(required);
  if (shown === 'needs_info') return new Set(doc.infoRequest?.documentKinds ?? []);
  return new Set();
}

/** What the main button does: send the draft, resend the answer, or nothing (hidden). */
export type SendAction = 'send' | 'resend' | 'none';

export function sendAction(doc: ApplicationView): SendAction {
  const shown = shownApplicationStatus(doc);
  if (shown === 'draft') return 'send';
  if (shown === 'needs_info') return 'resend';
  return 'none';
}

/** An application the server has seen and not finished may be withdrawn (a draft is deleted). */
export function canWithdraw(doc: ApplicationView): boolean {
  return doc.withdrawnAt === null && isOpenApplication(doc.status);
}

/** A receipt exists once the server has numbered the application. */
export function hasReceipt(doc: {
  requestNumber: string | null;
  status: ApplicationStatus;
}): boolean {
  return doc.requestNumber !== null && doc.status !== 'draft';
}
