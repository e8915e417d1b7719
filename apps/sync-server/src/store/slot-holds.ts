import type { Row } from './rows.ts';

/**
 * A doctor's slot held for one application (a doctor appointment). The store
 * keeps at most one hold per (doctor, start): its primary key, so two
 * families' sends of one slot cannot both hold it, on one instance or several.
 */
export interface SlotHold {
  doctorId: string;
  /** The slot's start, Moscow wall-clock `YYYY-MM-DDTHH:MM` (domain `slots.ts`). */
  start: string;
  applicationId: string;
  familyId: string;
  heldAt: string;
}

export interface SlotHoldReads {
  /** The holds of these doctors whose start is in `[from, until)`. */
  listSlotHolds(doctorIds: readonly string[], from: string, until: string): Promise<SlotHold[]>;
}

export interface SlotHoldWrites {
  /**
   * Holds the slot for the application, inside the caller's transaction.
   * True when the application holds it now (newly, or already); false when
   * another application does: a concurrent one waits for the first to commit.
   */
  holdSlot(hold: SlotHold): Promise<boolean>;
  /**
   * Frees the slots the application holds, but `keep` when given (a reschedule frees the
   * old slot once the new one is held); returns how many.
   */
  releaseSlots(applicationId: string, keep?: { doctorId: string; start: string }): Promise<number>;
  /** Drops the holds of slots that started before `start` (they can never be booked again). */
  prunePastSlotHolds(start: string): Promise<number>;
}

export function toSlotHold(row: Row): SlotHold {
  return {
    doctorId: String(row.doctor_id),
    start: String(row.slot_start),
    applicationId: String(row.application_id),
    familyId: String(row.family_id),
    heldAt: String(row.held_at),
  };
}
