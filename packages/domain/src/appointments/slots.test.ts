import { describe, expect, it } from 'vitest';
import { doctorById, doctorsOf } from './doctors.ts';
import {
  BOOKING_DAYS,
  bookableSlots,
  bookingDays,
  doctorDaySlots,
  isBookableSlot,
  mayChangeBooking,
  moscowMinute,
  nearestFreeSlots,
  slotInstant,
  slotKey,
} from './slots.ts';

const morning = doctorById('doc-ram-ped-1')!;
const afternoon = doctorById('doc-ram-ped-2')!;

describe('a slot', () => {
  it('is named by its doctor and its Moscow start, so one start of two doctors is two slots', () => {
    expect(slotKey('doc-ram-ped-1', '2026-12-08T09:20')).toBe('doc-ram-ped-1@2026-12-08T09:20');
    expect(slotKey('doc-ram-ped-1', '2026-12-08T09:20')).not.toBe(
      slotKey('doc-ram-ped-2', '2026-12-08T09:20'),
    );
  });

  it('starts at its Moscow wall-clock time (UTC+3)', () => {
    expect(slotInstant('2026-12-08T09:20').toISOString()).toBe('2026-12-08T06:20:00.000Z');
    expect(moscowMinute(new Date('2026-12-08T22:30:00Z'))).toBe('2026-12-09T01:30');
  });
});

describe('a doctor’s schedule', () => {
  it('has 20-minute slots through the shift on a working day, none on a weekend or holiday', () => {
    const slots = doctorDaySlots(morning, '2026-12-08');
    expect(slots).toHaveLength(18);
    expect(slots[0]).toBe('2026-12-08T08:00');
    expect(slots.at(-1)).toBe('2026-12-08T13:40');
    expect(doctorDaySlots(afternoon, '2026-12-08')[0]).toBe('2026-12-08T14:00');
    expect(doctorDaySlots(morning, '2026-12-12')).toEqual([]); // Saturday
    expect(doctorDaySlots(morning, '2026-12-31')).toEqual([]); // a holiday of 2026
  });

  it('is booked 14 days ahead from Moscow’s today, not the UTC date', () => {
    // 22:30 UTC on 7 December is already 8 December in Moscow.
    const days = bookingDays(new Date('2026-12-07T22:30:00Z'));
    expect(days).toHaveLength(BOOKING_DAYS);
    expect(days[0]).toBe('2026-12-08');
    expect(days.at(-1)).toBe('2026-12-21');
  });

  it('offers only slots not yet begun', () => {
    const now = new Date('2026-12-08T06:10:00Z'); // 09:10 in Moscow
    const slots = bookableSlots(morning, now);
    expect(slots[0]).toBe('2026-12-08T09:20');
    expect(isBookableSlot(morning, '2026-12-08T09:00', now)).toBe(false);
    expect(isBookableSlot(morning, '2026-12-08T09:20', now)).toBe(true);
    expect(isBookableSlot(morning, '2026-12-08T09:25', now)).toBe(false);
    expect(isBookableSlot(morning, '2026-12-08T15:00', now)).toBe(false); // not this doctor's shift
    expect(isBookableSlot(morning, '2026-12-23T09:20', now)).toBe(false); // past 14 days
    expect(isBookableSlot(morning, 'tomorrow', now)).toBe(false);
  });

  it('lists a polyclinic’s doctors by specialty', () => {
    expect(doctorsOf('clinic-ram-child', 'pediatrician').map((d) => d.id)).toEqual([
      'doc-ram-ped-1',
      'doc-ram-ped-2',
    ]);
    expect(doctorsOf('clinic-zar', 'surgeon')).toEqual([]);
  });
});

describe('the nearest free slots to a taken one', () => {
  const free = [
    '2026-12-08T08:00',
    '2026-12-08T09:00',
    '2026-12-08T09:40',
    '2026-12-08T10:00',
    '2026-12-09T09:20',
    '2026-12-10T09:20',
  ];

  it('are the closest before or after, the earlier first on a tie, shown in clock order', () => {
    expect(nearestFreeSlots('2026-12-08T09:20', free, 3)).toEqual([
      '2026-12-08T09:00',
      '2026-12-08T09:40',
      '2026-12-08T10:00',
    ]);
    expect(nearestFreeSlots('2026-12-08T09:20', free, 2)).toEqual([
      '2026-12-08T09:00',
      '2026-12-08T09:40',
    ]);
  });

  it('never offer the taken slot itself and may be fewer when few are free', () => {
    expect(nearestFreeSlots('2026-12-09T09:20', ['2026-12-09T09:20', '2026-12-10T09:20'])).toEqual([
      '2026-12-10T09:20',
    ]);
    expect(nearestFreeSlots('2026-12-09T09:20', [])).toEqual([]);
  });
});

describe('a booking', () => {
  it('is cancelled or moved until it starts, not after', () => {
    expect(mayChangeBooking('2026-12-08T09:20', new Date('2026-12-08T06:19:59Z'))).toBe(true);
    expect(mayChangeBooking('2026-12-08T09:20', new Date('2026-12-08T06:20:00Z'))).toBe(false);
    expect(mayChangeBooking('2026-12-08T09:20', new Date('2026-12-09T06:00:00Z'))).toBe(false);
  });
});
