/**
 * Handing the linking code to the teenager: the system share sheet where the
 * browser has one (a phone: messengers, SMS), the clipboard otherwise. The
 * browser's parts are passed in, so a test decides what the browser can do.
 */
export interface ShareTarget {
  share?: (data: { title?: string; text: string }) => Promise<void>;
  canShare?: (data: { title?: string; text: string }) => boolean;
  clipboard?: { writeText(text: string): Promise<void> };
}

/** What happened, for the line the screen shows: `cancelled` shows nothing. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareOrCopy(
  target: ShareTarget,
  data: { title: string; text: string },
  copyText: string,
): Promise<ShareOutcome> {
  if (target.share && (!target.canShare || target.canShare(data))) {
    try {
      await target.share(data);
      return 'shared';
    } catch (error) {
      // The person closed the sheet: nothing to say. Anything else: the clipboard.
      if ((error as { name?: string } | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  return copy(target, copyText);
}

export async function copy(target: ShareTarget, text: string): Promise<ShareOutcome> {
  if (!target.clipboard) return 'failed';
  try {
    await target.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
