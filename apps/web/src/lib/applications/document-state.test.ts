import { describe, expect, it } from 'vitest';
import {
  attachedDocumentIds,
  documentKindKey,
  documentStates,
  reusedFromElsewhere,
  type LocalDocument,
} from './document-state.ts';

const doc = (
  id: string,
  kind: LocalDocument['kind'],
  status: string,
  applicationId: string | null = 'app',
): LocalDocument => ({
  id,
  kind,
  status,
  applicationId,
  rejection: status === 'rejected' ? { code: 'file-too-small', params: {} } : null,
});

const owners = { applicationId: 'app', childId: 'child', accountId: 'me' };

describe('required documents state', () => {
  it('says none for a kind with no page, and the best state of its pages otherwise', () => {
    const states = documentStates(
      ['birth-certificate', 'oms-policy', 'medical-record'],
      [
        doc('1', 'oms-policy', 'accepted'),
        doc('2', 'oms-policy', 'uploading'),
        doc('3', 'medical-record', 'rejected'),
      ],
      owners,
    );
    expect(states.get('birth-certificate')).toEqual({ state: 'none' });
    expect(states.get('oms-policy')).toMatchObject({ state: 'accepted', ids: ['1', '2'] });
    expect(states.get('medical-record')).toMatchObject({
      state: 'rejected',
      rejection: { code: 'file-too-small' },
    });
  });

  it('counts only this application’s live documents', () => {
    const docs = [
      doc('1', 'oms-policy', 'accepted', 'other'),
      { ...doc('2', 'oms-policy', 'accepted'), _deleted: true },
    ];
    expect(documentStates(['oms-policy'], docs, owners).get('oms-policy')).toEqual({
      state: 'none',
    });
    expect(attachedDocumentIds([...docs, doc('3', 'snils', 'queued')], 'app')).toEqual(['3']);
  });

  it("counts the child card and the sender's own passport, as the server does", () => {
    const docs: LocalDocument[] = [
      { ...doc('1', 'birth-certificate', 'accepted', null), childId: 'child' },
      { ...doc('2', 'snils', 'accepted', null), childId: 'other-child' },
      { ...doc('3', 'parent-passport', 'accepted', null), accountId: 'me' },
      { ...doc('4', 'oms-policy', 'accepted', null), accountId: 'other-parent' },
    ];
    const states = documentStates(
      ['birth-certificate', 'snils', 'parent-passport', 'oms-policy'],
      docs,
      owners,
    );
    expect(states.get('birth-certificate')?.state).toBe('accepted');
    expect(states.get('snils')?.state).toBe('none');
    expect(states.get('parent-passport')?.state).toBe('accepted');
    expect(states.get('oms-policy')?.state).toBe('none');
  });

  it('names the i18n key of a kind', () => {
    expect(documentKindKey('proof-of-address')).toBe('docKind_proof_of_address');
  });
});

describe('a corrected copy of a refused application', () => {
  it('counts and sends the scans the refused one listed, as the server does', () => {
    const old = {
      id: 'scan-1',
      kind: 'proof-of-address' as const,
      applicationId: 'refused',
      childId: 'child',
      status: 'accepted',
    };
    const owners = { applicationId: 'copy', childId: 'child', accountId: null };
    expect(documentStates(['proof-of-address'], [old], owners).get('proof-of-address')).toEqual({
      state: 'none',
    });
    const listed = { ...owners, documentIds: ['scan-1'] };
    expect(documentStates(['proof-of-address'], [old], listed).get('proof-of-address')).toEqual({
      state: 'accepted',
      ids: ['scan-1'],
    });
    expect(attachedDocumentIds([old], 'copy', ['scan-1'])).toEqual(['scan-1']);
    expect(attachedDocumentIds([{ ...old, _deleted: true }], 'copy', ['scan-1'])).toEqual([]);
  });
});

describe('a scan reused from the card', () => {
  it('is told apart from one attached to the application', () => {
    const accepted = { state: 'accepted' as const, ids: ['card-scan'] };
    expect(reusedFromElsewhere(accepted, new Set())).toBe(true);
    expect(reusedFromElsewhere(accepted, new Set(['card-scan']))).toBe(false);
    expect(reusedFromElsewhere({ state: 'none' }, new Set())).toBe(false);
  });
});
