export { DOCTORS, SPECIALTIES, doctorById, doctorsOf } from './doctors.ts';
export type { Doctor, Shift, Specialty } from './doctors.ts';
export {
  ALTERNATIVES,
  AppointmentState,
  BOOKING_DAYS,
  SLOT_MINUTES,
  SlotStart,
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
export {
  APPOINTMENT_FIELDS,
  DOCTOR_APPOINTMENT,
  isAppointmentService,
} from './appointment-service.ts';
export { appointmentAsk } from './booking.ts';
export type { AppointmentAsk } from './booking.ts';
