/** Booking a doctor for a child (issue 13): the picker and the booking, spread into `ru`. */
export const appointmentsRu = {
  apptClinic: 'Поликлиника',
  apptClinicHint: 'Та, к которой прикреплён ребёнок.',
  apptSpecialty: 'Специальность',
  apptDoctor: 'Врач',
  apptRoom: (room: string) => `кабинет ${room}`,
  apptDay: 'День',
  apptTime: 'Время',
  apptFreeCount: (n: number) => `свободно: ${n}`,
  apptNoSlots: 'У этого врача нет свободного времени в ближайшие 14 дней. Выберите другого врача.',
  apptScheduleAsOf: (when: string) =>
    `Расписание на ${when}. Время закрепится за вами, когда запись дойдёт до поликлиники.`,
  apptNoSchedule:
    'Расписания этой поликлиники на телефоне ещё нет. Подключитесь к интернету, чтобы загрузить его, — потом время можно выбирать и без связи.',
  apptLoading: 'Загружаем расписание…',
  apptChosen: (words: string) => `Выбрано: ${words}`,
  apptPickAll: 'Выберите специальность, врача, день и время.',
  apptBook: 'Записаться',
  apptHolding: 'Запись отправлена: поликлиника закрепляет время.',
  apptHeld: 'Вы записаны',
  apptWhen: 'Когда',
  apptWho: 'Врач',
  apptWhere: 'Где',
  apptReschedule: 'Перенести запись',
  apptRescheduleTo: (words: string) => `Перенести на ${words}`,
  apptRescheduleKeep: 'Не переносить',
  apptMoving: (words: string) =>
    `Перенос на ${words} ждёт подтверждения. Пока запись остаётся прежней.`,
  apptMovedTaken: (taken: string) =>
    `На ${taken} уже записался другой пациент — запись осталась прежней. Свободно рядом:`,
  apptSlotTaken: (taken: string) =>
    `На ${taken} уже записался другой пациент. Выберите другое время — ближайшее свободное у этого врача:`,
  apptSlotTakenWait: 'Это время уже заняли. Сейчас предложим ближайшее свободное.',
  apptNoAlternatives: 'Рядом свободного времени нет — выберите другой день.',
  apptOtherTime: 'Выбрать другое время',
  apptCancel: 'Отменить запись',
  apptCancelQuestion: 'Отменить запись? Время освободится для других.',
  apptCancelConfirm: 'Да, отменить',
  apptCancelKeep: 'Не отменять',
  apptCancelled: 'Запись отменена, время освобождено.',
  apptCancelQueued: 'Отмена сохранена на телефоне и уйдёт, когда появится связь.',
  apptStarted: 'Приём уже начался: запись больше не переносится и не отменяется.',
};
