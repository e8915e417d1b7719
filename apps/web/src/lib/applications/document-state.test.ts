import { describe, expect, it } from 'vitest';
import {
  attachedDocumentIds,
  documentKindKey,
  documentStates,
  type LocalDocument,
} from './document-state.ts';

const doc = (
  id: string,
  kind: LocalDocument['kind'],
  status: string,
  applicationId = 'app',
): LocalDocument => ({
  id,
  kind,
  status,
  applicationId,
  rejection: status === 'rejected' ? { code: 'file-too-small', params: {} } : null,
});

describe('required documents state', () => {
  it('says none for a kind with no page, and the worst state of its pages otherwise', () => {
    const states = documentStates(
      ['birth-certificate', 'oms-policy', 'medical-record'],
      [
        doc('1', 'oms-policy', 'accepted'),
        doc('2', 'oms-policy', 'uploading'),
        doc('3', 'medical-record', 'rejected'),
      ],
      'app',
    );
    expect(states.get('birth-certificate')).toEqual({ state: 'none' });
    expect(states.get('oms-policy')).toMatchObject({ state: 'uploading', ids: ['1', '2'] });
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
    expect(documentStates(['oms-policy'], docs, 'app').get('oms-policy')).toEqual({
      state: 'none',
    });
    expect(attachedDocumentIds([...docs, doc('3', 'snils', 'queued')], 'app')).toEqual(['3']);
  });

  it('names the i18n key of a kind', () => {
    expect(documentKindKey('proof-of-address')).toBe('docKind_proof_of_address');
  });
});
