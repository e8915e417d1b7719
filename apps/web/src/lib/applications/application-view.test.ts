import { describe, expect, it } from 'vitest';
import {
  canWithdraw,
  editableAnswers,
  editableDocumentKinds,
  isEditable,
  sendAction,
  shownApplicationStatus,
  type ApplicationView,
} from './application-view.ts';

const base: ApplicationView = {
  status: 'draft',
  submittedAt: null,
  processedSubmittedAt: null,
  withdrawnAt: null,
  infoRequest: null,
};
const T1 = '2026-11-24T10:00:00.000Z';
const T2 = '2026-11-25T10:00:00.000Z';
const needsInfo: ApplicationView = {
  ...base,
  status: 'needs_info',
  submittedAt: T1,
  processedSubmittedAt: T1,
  infoRequest: {
    question: 'Уточните дату',
    fields: ['startDate'],
    documentKinds: ['medical-record'],
    askedAt: T2,
  },
};

describe('application view', () => {
  it('shows «waiting» while a send has not reached the server, then its status', () => {
    expect(shownApplicationStatus({ ...base, submittedAt: T1 })).toBe('waiting');
    expect(
      shownApplicationStatus({
        ...base,
        status: 'in_review',
        submittedAt: T1,
        processedSubmittedAt: T1,
      }),
    ).toBe('in_review');
    expect(shownApplicationStatus({ ...needsInfo, submittedAt: T2 })).toBe('waiting');
    expect(shownApplicationStatus({ ...needsInfo, withdrawnAt: T2 })).toBe('waiting');
  });

  it('lets a draft change everything and needs_info only the named fields and kinds', () => {
    expect(isEditable(editableAnswers(base), 'groupType')).toBe(true);
    const e = editableAnswers(needsInfo);
    expect(isEditable(e, 'startDate')).toBe(true);
    expect(isEditable(e, 'groupType')).toBe(false);
    expect([...editableDocumentKinds(needsInfo, ['birth-certificate', 'medical-record'])]).toEqual([
      'medical-record',
    ]);
    const inReview = {
      ...base,
      status: 'in_review' as const,
      submittedAt: T1,
      processedSubmittedAt: T1,
    };
    expect(isEditable(editableAnswers(inReview), 'startDate')).toBe(false);
    expect(editableDocumentKinds(inReview, ['birth-certificate']).size).toBe(0);
  });

  it('lets the fields of the server check’s issues be changed under needs_info too', () => {
    const e = editableAnswers({ ...needsInfo, issues: [{ field: 'groupType' }] });
    expect(isEditable(e, 'groupType')).toBe(true);
    expect(isEditable(e, 'municipality')).toBe(false);
  });

  it('names a whole group editable when the operator names the group', () => {
    const e = editableAnswers({
      ...needsInfo,
      infoRequest: { ...needsInfo.infoRequest!, fields: ['familyMembers'] },
    });
    expect(isEditable(e, 'familyMembers.2.fullName')).toBe(true);
  });

  it('sends a draft, resends under needs_info, and does nothing while waiting or decided', () => {
    expect(sendAction(base)).toBe('send');
    expect(sendAction(needsInfo)).toBe('resend');
    expect(sendAction({ ...base, submittedAt: T1 })).toBe('none');
    expect(sendAction({ ...needsInfo, submittedAt: T2 })).toBe('none');
    expect(
      sendAction({ ...base, status: 'approved', submittedAt: T1, processedSubmittedAt: T1 }),
    ).toBe('none');
  });

  it('offers withdrawal only for open applications not yet withdrawn', () => {
    expect(canWithdraw(base)).toBe(false);
    expect(canWithdraw(needsInfo)).toBe(true);
    expect(canWithdraw({ ...needsInfo, withdrawnAt: T2 })).toBe(false);
    expect(canWithdraw({ ...base, status: 'rejected' })).toBe(false);
  });
});
