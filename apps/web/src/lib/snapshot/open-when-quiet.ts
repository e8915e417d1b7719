/** The page's first reach for the screen: what the database must be ready for. */
const INPUTS = ['pointerdown', 'keydown', 'focusin'] as const;

export interface QuietTarget {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: string, listener: () => void, options?: EventListenerOptions): void;
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/**
 * Calls `start` once (issue 14): when the browser is idle after `afterMs`, or at
 * the person's first touch, key or focus, whichever comes first — the screen
 * painted from its snapshot already shows what they came for, and opening
 * RxDB is the longest task the page has. `cancel` stops both waits.
 */
export function openWhenQuiet(
  start: () => void,
  options: { afterMs?: number; idleTimeoutMs?: number; target?: QuietTarget } = {},
): { cancel(): void } {
  const target: QuietTarget = options.target ?? window;
  let done = false;
  let timer: number | null = null;
  let idle: number | null = null;
  const cancel = () => {
    done = true;
    if (timer !== null) target.clearTimeout(timer);
    if (idle !== null) target.cancelIdleCallback?.(idle);
    for (const type of INPUTS) target.removeEventListener(type, fire, { capture: true });
  };
  function fire() {
    if (done) return;
    cancel();
    start();
  }
  for (const type of INPUTS) target.addEventListener(type, fire, { capture: true, passive: true });
  timer = target.setTimeout(() => {
    timer = null;
    if (target.requestIdleCallback) {
      idle = target.requestIdleCallback(fire, { timeout: options.idleTimeoutMs ?? 2_000 });
    } else fire();
  }, options.afterMs ?? 0);
  return { cancel };
}
