import type { shellRu } from './shell.ru.ts';

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`;
const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

/** The signed-in shell (issue 17): English beside `shellRu`. */
type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

export const shellEn: { [K in keyof typeof shellRu]: Widen<(typeof shellRu)[K]> } = {
  changesSentFilesOnTheirWay: 'Changes sent; files still uploading',
  changesSentFilesWaitForNetwork: 'Changes sent; files wait for a connection',
  lastSyncOn: (day: string, time: string) => `Synced on ${day} at ${time}`,
  signOutUnsentTitle: 'Not everything is sent',
  signOutUnsentBody: (pending: number, uploads: number) =>
    `Not sent yet: ${[pending ? changes(pending) : '', uploads ? files(uploads) : '']
      .filter(Boolean)
      .join(
        ' and ',
      )}. They stay on this phone and are sent after the next sign-in to this account.`,
  signOutStay: 'Stay signed in',
  signOutAnyway: 'Sign out anyway',
};
