import type { PushProblem } from '@rodnik/sync-client';
import type { Messages } from '../i18n/messages.ru.ts';

/**
 * The status bar's pending line: the count, and once a push has failed, why
 * the changes wait («2 изменения ждут отправки: сервер недоступен»). With no
 * change left but scans still waiting it never says «Все изменения
 * отправлены» beside the uploads line's «Ждут отправки: 1 файл».
 */
export function pendingLine(
  m: Messages,
  pending: number,
  problem: PushProblem | null,
  online: boolean,
  uploadsWaiting = 0,
): string {
  if (pending === 0 && uploadsWaiting > 0) {
    return online ? m.changesSentFilesOnTheirWay : m.changesSentFilesWaitForNetwork;
  }
  // Offline, «Нет связи» beside it already says why: the longer words wrapped
  // the line in two at 360 px, moving everything under it.
  if (pending > 0 && !online) return m.pendingOffline(pending);
  if (pending === 0 || !problem) return m.pendingChanges(pending);
  return m.pendingBecause(pending, problemWords(m, problem));
}

function problemWords(m: Messages, problem: PushProblem | null): string {
  switch (problem?.kind) {
    case 'offline':
      return m.pushProblemOffline;
    case 'unreachable':
      return m.pushProblemUnreachable;
    case 'refused':
      // The one refusal a person can act on: too many drafts or cards kept.
      return problem.code === 'record-quota'
        ? m.pushProblemRecordQuota
        : m.pushProblemRefused(problem.code);
    case 'signed-out':
      return m.pushProblemSignedOut;
    case 'outdated':
      return m.pushProblemOutdated;
    default:
      return m.pushProblemServerError;
  }
}
