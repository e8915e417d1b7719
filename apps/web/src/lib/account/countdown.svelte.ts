/** Whole seconds left until `deadline` (epoch ms), never below zero. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** «0:42»: minutes and seconds, as a resend wait is shown. */
export function formatWait(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A countdown that counts (issue 17): `remaining` drops every second until
 * zero, computed from a deadline so a slow tab or a reload (the deadline is
 * kept with the typed fields) never makes it drift. Clock and timer are
 * injected for tests.
 */
export class Countdown {
  remaining = $state(0);
  deadline = $state(0);
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly every: (fn: () => void, ms: number) => ReturnType<typeof setInterval> = (
      fn,
      ms,
    ) => setInterval(fn, ms),
    private readonly cancel: (t: ReturnType<typeof setInterval>) => void = (t) => clearInterval(t),
  ) {}

  /** Counts down to `deadline` (epoch ms). */
  until(deadline: number): void {
    this.stop();
    this.deadline = deadline;
    this.tick();
    if (this.remaining > 0) this.#timer = this.every(() => this.tick(), 1000);
  }

  start(seconds: number): void {
    this.until(this.now() + seconds * 1000);
  }

  stop(): void {
    if (this.#timer !== null) this.cancel(this.#timer);
    this.#timer = null;
  }

  private tick(): void {
    this.remaining = secondsLeft(this.deadline, this.now());
    if (this.remaining === 0) this.stop();
  }
}
