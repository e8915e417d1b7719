import type { Row } from '../rows.ts';
import { toSlotHold, type SlotHoldReads, type SlotHoldWrites } from '../slot-holds.ts';

type Query = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/**
 * Slot holds on PostgreSQL. Family-scoped transactions of different families
 * run at once; the primary key makes the second insert of one slot wait for
 * the first transaction and then do nothing (or take the slot, if the first
 * rolled back), so exactly one application holds it.
 */
export function pgSlotHoldReads(query: Query): SlotHoldReads {
  return {
    async listSlotHolds(doctorIds, from, until) {
      if (doctorIds.length === 0) return [];
      const rows = await query(
        `SELECT * FROM slot_holds WHERE doctor_id = ANY($1)
         AND slot_start >= $2 AND slot_start < $3 ORDER BY doctor_id, slot_start`,
        [doctorIds, from, until],
      );
      return rows.map(toSlotHold);
    },
  };
}

export function pgSlotHoldWrites(query: Query, lockDocs: () => Promise<void>): SlotHoldWrites {
  return {
    async holdSlot(h) {
      // The document lock first, as every writer takes it, so no two writers wait on each other
      // in opposite orders.
      await lockDocs();
      const inserted = await query(
        `INSERT INTO slot_holds (doctor_id, slot_start, application_id, family_id, held_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (doctor_id, slot_start) DO NOTHING
         RETURNING application_id`,
        [h.doctorId, h.start, h.applicationId, h.familyId, h.heldAt],
      );
      if (inserted.length > 0) return true;
      const [row] = await query(
        'SELECT application_id FROM slot_holds WHERE doctor_id = $1 AND slot_start = $2',
        [h.doctorId, h.start],
      );
      return row?.application_id === h.applicationId;
    },
    async releaseSlots(applicationId, keep) {
      await lockDocs();
      const rows = await query(
        `DELETE FROM slot_holds WHERE application_id = $1
         AND NOT (doctor_id = $2 AND slot_start = $3) RETURNING doctor_id`,
        [applicationId, keep?.doctorId ?? '', keep?.start ?? ''],
      );
      return rows.length;
    },
    async prunePastSlotHolds(start) {
      await lockDocs();
      const rows = await query('DELETE FROM slot_holds WHERE slot_start < $1 RETURNING doctor_id', [
        start,
      ]);
      return rows.length;
    },
  };
}
