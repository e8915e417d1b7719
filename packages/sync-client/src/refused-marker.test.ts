import { REFUSED_MARKER } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { conflictHandlerFor, type AnyDoc } from './collections.ts';

describe('a push answer that names its refusal (REFUSED_MARKER)', () => {
  it('keeps the send over the quota beside «Отправка», takes the stored draft, and drops the marker', async () => {
    const at = '2026-11-24T09:00:05.000Z';
    const handler = conflictHandlerFor<AnyDoc>('applications', () => at);
    const draft = {
      id: 'a1',
      familyId: 'f',
      serverSeq: 4,
      serviceId: 'kindergarten-enrolment',
      childId: null,
      answers: { groupType: 'general' },
      documentIds: [],
      submittedAt: null,
      withdrawnAt: null,
      deletedAt: null,
      conflicts: [],
      status: 'draft',
      _deleted: false,
    };
    const sent = {
      ...draft,
      answers: { groupType: 'short' },
      submittedAt: '2026-11-24T09:00:00.000Z',
    };
    // The server stored the edit, not the send, and said why.
    const answered = {
      ...draft,
      answers: { groupType: 'short' },
      serverSeq: 5,
      [REFUSED_MARKER]: 'send-quota',
    };
    const resolved = await handler.resolve(
      { assumedMasterState: draft, newDocumentState: sent, realMasterState: answered },
      'test',
    );
    expect(resolved).not.toHaveProperty(REFUSED_MARKER);
    expect(resolved).toMatchObject({
      submittedAt: null,
      answers: { groupType: 'short' },
      serverSeq: 5,
    });
    expect(resolved.conflicts).toEqual([
      {
        field: 'submittedAt',
        localValue: '2026-11-24T09:00:00.000Z',
        remoteValue: null,
        baseValue: null,
        at,
        reason: 'send-quota',
      },
    ]);
    // RxDB keeps the marked master as the state it assumes; the marker is no change of the family's.
    expect(handler.isEqual(answered, { ...resolved, conflicts: [] }, 'test')).toBe(true);
  });
});
