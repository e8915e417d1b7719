import { plural } from './plural.ts';

const changes = (n: number) => `${n} ${plural(n, 'изменение', 'изменения', 'изменений')}`;
const files = (n: number) => `${n} ${plural(n, 'файл', 'файла', 'файлов')}`;

/**
 * The signed-in shell (issue 17, «Screens»): the status lines that account for
 * waiting scans, the last sync with its date, the sign-out warning. Spread into `ru`.
 */
export const shellRu = {
  changesSentFilesOnTheirWay: 'Изменения отправлены, файлы ещё отправляются',
  changesSentFilesWaitForNetwork: 'Изменения отправлены, файлы ждут связи',
  /** Another day than today, named: «5 декабря». */
  lastSyncOn: (day: string, time: string) => `Синхронизировано ${day} в ${time}`,
  signOutUnsentTitle: 'Не всё отправлено',
  signOutUnsentBody: (pending: number, uploads: number) =>
    `Ждут отправки: ${[pending ? changes(pending) : '', uploads ? files(uploads) : '']
      .filter(Boolean)
      .join(
        ' и ',
      )}. Они останутся на этом телефоне и отправятся после следующего входа в эту учётную запись.`,
  signOutStay: 'Не выходить',
  signOutAnyway: 'Всё равно выйти',
} as const;
