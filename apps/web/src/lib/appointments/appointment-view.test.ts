import { describe, expect, it } from 'vitest';
import {
  attachedClinic,
  bookingStage,
  dayChip,
  daysWithSlots,
  freeSlots,
  slotWords,
  specialtiesAt,
  type BookingLike,
  type ClinicSlots,
} from './appointment-view.ts';

const schedule: ClinicSlots = {
  clinicId: 'clinic-ram-child',
  readAt: '2026-12-07T07:00:00.000Z',
  days: ['2026-12-07', '2026-12-08'],
  doctors: [
    {
      doctorId: 'doc-ram-ped-1',
      free: ['2026-12-07T09:00', '2026-12-07T11:00', '2026-12-08T08:00', '2026-12-08T08:20'],
    },
  ],
};
// 10:30 in Moscow on Monday 7 December.
const now = new Date('2026-12-07T07:30:00.000Z');

const held = {
  status: 'held',
  doctorId: 'doc-ram-ped-1',
  start: '2026-12-08T08:00',
  taken: null,
  alternatives: [],
  at: '2026-12-07T07:00:00.000Z',
};
const booking = (fields: Partial<BookingLike> = {}): BookingLike => ({
  status: 'in_review',
  submittedAt: '2026-12-07T06:00:00.000Z',
  withdrawnAt: null,
  answers: { doctor: 'doc-ram-ped-1', slot: '2026-12-08T08:00' },
  appointment: held,
  ...fields,
});

describe('the kept schedule on the phone', () => {
  it('offers only slots not yet begun, and never the one the family holds', () => {
    expect(freeSlots(schedule, 'doc-ram-ped-1', now)).toEqual([
      '2026-12-07T11:00',
      '2026-12-08T08:00',
      '2026-12-08T08:20',
    ]);
    expect(freeSlots(schedule, 'doc-ram-ped-1', now, '2026-12-08T08:00')).not.toContain(
      '2026-12-08T08:00',
    );
    expect(freeSlots(null, 'doc-ram-ped-1', now)).toEqual([]);
  });

  it('groups the free slots by day', () => {
    expect(daysWithSlots(freeSlots(schedule, 'doc-ram-ped-1', now))).toEqual([
      { day: '2026-12-07', count: 1 },
      { day: '2026-12-08', count: 2 },
    ]);
  });

  it('names days and slots in Russian first', () => {
    expect(dayChip('2026-12-08', 'ru')).toEqual({ weekday: 'вт', date: '8 дек.' });
    expect(slotWords('2026-12-08T08:20', 'ru')).toBe('вторник, 8 декабря, 08:20');
    expect(slotWords('2026-12-08T08:20', 'en')).toBe('Tuesday 8 December, 08:20');
  });

  it('offers the specialties the polyclinic has doctors of', () => {
    expect(specialtiesAt('clinic-zar').map((s) => s.value)).toEqual([
      'pediatrician',
      'ent',
      'dentist',
    ]);
  });
});

describe('where a booking stands', () => {
  it('follows the booking from a draft to held, moved and cancelled', () => {
    expect(
      bookingStage(booking({ status: 'draft', submittedAt: null, appointment: null }), now),
    ).toBe('pick');
    expect(bookingStage(booking({ status: 'draft', appointment: null }), now)).toBe('queued');
    expect(bookingStage(booking({ status: 'submitted', appointment: null }), now)).toBe('holding');
    expect(bookingStage(booking(), now)).toBe('held');
    const moving = booking({ answers: { doctor: 'doc-ram-ped-1', slot: '2026-12-08T08:20' } });
    expect(bookingStage(moving, now)).toBe('moving');
    const refused = booking({ appointment: { ...held, taken: '2026-12-08T08:20' } });
    expect(bookingStage(refused, now)).toBe('moved-taken');
    expect(bookingStage(booking({ withdrawnAt: '2026-12-07T07:00:00.000Z' }), now)).toBe(
      'cancelled',
    );
    expect(
      bookingStage(
        booking({ status: 'withdrawn', appointment: { ...held, status: 'released' } }),
        now,
      ),
    ).toBe('cancelled');
  });

  it('offers other slots when another family held it first, and nothing once the visit began', () => {
    const taken = {
      ...held,
      status: 'slot-taken',
      taken: held.start,
      alternatives: ['2026-12-08T08:20'],
    };
    expect(bookingStage(booking({ status: 'needs_info', appointment: taken }), now)).toBe(
      'slot-taken',
    );
    expect(bookingStage(booking(), new Date('2026-12-08T05:00:00.000Z'))).toBe('started');
    const released = { ...held, status: 'released' };
    expect(bookingStage(booking({ status: 'rejected', appointment: released }), now)).toBe(
      'refused',
    );
  });
});

describe('the child’s polyclinic', () => {
  it('is the one an approved attachment names, else none', () => {
    const attachment = {
      serviceId: 'polyclinic-attachment',
      childId: 'c1',
      status: 'approved',
      answers: { clinic: 'clinic-kol-2' },
    };
    expect(attachedClinic([attachment], 'c1')).toBe('clinic-kol-2');
    expect(attachedClinic([{ ...attachment, status: 'in_review' }], 'c1')).toBeNull();
    expect(attachedClinic([attachment], 'c2')).toBeNull();
  });
});
