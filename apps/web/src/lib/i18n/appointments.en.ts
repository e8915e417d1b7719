import type { appointmentsRu } from './appointments.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** Booking a doctor for a child (issue 13): the picker and the booking, spread into `en`. */
export const appointmentsEn: {
  [K in keyof typeof appointmentsRu]: Widen<(typeof appointmentsRu)[K]>;
} = {
  apptClinic: 'Polyclinic',
  apptClinicHint: 'The one the child is attached to.',
  apptSpecialty: 'Specialty',
  apptDoctor: 'Doctor',
  apptRoom: (room) => `room ${room}`,
  apptDay: 'Day',
  apptTime: 'Time',
  apptFreeCount: (n) => `${n} free`,
  apptNoSlots: 'This doctor has no free time in the next 14 days. Choose another doctor.',
  apptScheduleAsOf: (when) =>
    `Schedule as of ${when}. The time becomes yours once the booking reaches the polyclinic.`,
  apptNoSchedule:
    'This polyclinic’s schedule is not on the phone yet. Connect to the internet to load it — then you can pick a time offline too.',
  apptLoading: 'Loading the schedule…',
  apptChosen: (words) => `Chosen: ${words}`,
  apptPickAll: 'Choose the specialty, the doctor, the day and the time.',
  apptBook: 'Book',
  apptHolding: 'The booking is sent: the polyclinic is holding the time.',
  apptHeld: 'You are booked',
  apptWhen: 'When',
  apptWho: 'Doctor',
  apptWhere: 'Where',
  apptReschedule: 'Move the booking',
  apptRescheduleTo: (words) => `Move to ${words}`,
  apptRescheduleKeep: 'Keep it as it is',
  apptMoving: (words) => `The move to ${words} awaits confirmation. Until then the booking stays.`,
  apptMovedTaken: (taken) =>
    `Another patient already booked ${taken}; the booking stays as it was. Free nearby:`,
  apptSlotTaken: (taken) =>
    `Another patient already booked ${taken}. Choose another time — the nearest free ones of this doctor:`,
  apptSlotTakenWait: 'This time was taken. The nearest free ones are coming.',
  apptNoAlternatives: 'Nothing free nearby — choose another day.',
  apptOtherTime: 'Choose another time',
  apptCancel: 'Cancel the booking',
  apptCancelQuestion: 'Cancel the booking? The time is freed for others.',
  apptCancelConfirm: 'Yes, cancel',
  apptCancelKeep: 'Keep it',
  apptCancelled: 'The booking is cancelled and the time freed.',
  apptCancelQueued: 'The cancellation is saved on the phone and goes once online.',
  apptStarted: 'The visit has started: the booking can no longer be moved or cancelled.',
};
