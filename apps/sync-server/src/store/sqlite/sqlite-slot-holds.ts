import type Database from 'better-sqlite3';
import type { Row } from '../rows.ts';
import { toSlotHold, type SlotHoldReads, type SlotHoldWrites } from '../slot-holds.ts';

type Db = Database.Database;

/** Slot holds on SQLite: one writer, so the primary key alone decides who holds a slot. */
export function sqliteSlotHoldReads(db: Db): SlotHoldReads {
  return {
    async listSlotHolds(doctorIds, from, until) {
      if (doctorIds.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT * FROM slot_holds WHERE doctor_id IN (SELECT value FROM json_each(?))
           AND slot_start >= ? AND slot_start < ? ORDER BY doctor_id, slot_start`,
        )
        .all(JSON.stringify(doctorIds), from, until) as Row[];
      return rows.map(toSlotHold);
    },
  };
}

export function sqliteSlotHoldWrites(db: Db): SlotHoldWrites {
  return {
    async holdSlot(h) {
      db.prepare(
        `INSERT INTO slot_holds (doctor_id, slot_start, application_id, family_id, held_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (doctor_id, slot_start) DO NOTHING`,
      ).run(h.doctorId, h.start, h.applicationId, h.familyId, h.heldAt);
      const row = db
        .prepare('SELECT application_id FROM slot_holds WHERE doctor_id = ? AND slot_start = ?')
        .get(h.doctorId, h.start) as Row | undefined;
      return row?.application_id === h.applicationId;
    },
    async releaseSlots(applicationId, keep) {
      return db
        .prepare(
          `DELETE FROM slot_holds WHERE application_id = ?
           AND NOT (doctor_id = ? AND slot_start = ?)`,
        )
        .run(applicationId, keep?.doctorId ?? '', keep?.start ?? '').changes;
    },
    async prunePastSlotHolds(start) {
      return db.prepare('DELETE FROM slot_holds WHERE slot_start < ?').run(start).changes;
    },
  };
}
