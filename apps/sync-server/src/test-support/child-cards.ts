/** Child card documents as a device would push them. */
export function childCardDoc(familyId: string, id: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    familyId,
    surname: 'Иванова',
    givenName: 'Анна',
    patronymic: 'Сергеевна',
    birthDate: '14.05.2021',
    sex: 'female',
    birthPlace: 'г. Тверь',
    citizenship: 'RU',
    address: {
      region: 'Тверская область',
      district: 'Калининский район',
      settlement: 'д. Горютино',
      street: 'ул. Полевая',
      house: '5',
      postcode: '170000',
    },
    birthCertificate: {
      kind: 'ru',
      series: 'IV-МЮ',
      number: '100001',
      issueDate: '20.05.2021',
      issuedBy: 'Отдел ЗАГС Калининского района',
    },
    snils: '112-233-445 95',
    consent: { given: true, at: '2026-11-24T08:00:00.000Z' },
    submittedAt: null,
    _deleted: false,
    ...fields,
  };
}

let sequence = 0;
/** A fresh UUIDv7-shaped id per call, ordered. */
export function newDocId(): string {
  sequence += 1;
  const hex = sequence.toString(16).padStart(12, '0');
  return `0193a000-0000-7000-8000-${hex}`;
}
