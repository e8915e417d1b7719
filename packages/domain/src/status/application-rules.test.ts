import { describe, expect, it } from 'vitest';
import { applicationMachine, ApplicationStatus } from './application.machine.ts';
import {
  familyMayDeleteApplication,
  familyMayEditApplication,
  familyMaySendApplication,
  isFinalApplication,
  isOpenApplication,
} from './application-rules.ts';
import { isFinal, nextStates } from './machine.ts';

describe('what a family may do with an application in each status', () => {
  it('edits the form only as a draft or when asked for more information', () => {
    const editable = ApplicationStatus.options.filter(familyMayEditApplication);
    expect(editable).toEqual(['draft', 'needs_info']);
  });

  it('sends exactly where the machine lets the family move it to a sent status', () => {
    for (const status of ApplicationStatus.options) {
      const sends = nextStates(applicationMachine, status, 'client').some(
        (to) => to === 'submitted' || to === 'resubmitted',
      );
      expect(familyMaySendApplication(status), status).toBe(sends);
    }
  });

  it('withdraws exactly the open ones, as the machine allows', () => {
    for (const status of ApplicationStatus.options) {
      const withdrawable = nextStates(applicationMachine, status, 'client').includes('withdrawn');
      expect(isOpenApplication(status), status).toBe(withdrawable);
    }
  });

  it('deletes only a draft that was never sent', () => {
    expect(familyMayDeleteApplication({ status: 'draft', submittedAt: null })).toBe(true);
    // Sent from this device, not yet numbered by the server: no longer the family's to delete.
    const sending = { status: 'draft', submittedAt: '2026-11-24T09:00:00.000Z' } as const;
    expect(familyMayDeleteApplication(sending)).toBe(false);
    for (const status of ApplicationStatus.options.filter((s) => s !== 'draft')) {
      expect(familyMayDeleteApplication({ status, submittedAt: null }), status).toBe(false);
    }
  });

  it('calls final what the machine calls final', () => {
    for (const status of ApplicationStatus.options) {
      expect(isFinalApplication(status), status).toBe(isFinal(applicationMachine, status));
    }
  });
});
