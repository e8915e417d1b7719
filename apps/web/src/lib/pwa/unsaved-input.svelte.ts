/**
 * Tracks saves in flight, so an app update never reloads over input that has
 * not reached the database yet: the update waits for `settled()`.
 */
export class UnsavedInput {
  inFlight = $state(0);
  readonly hasUnsaved = $derived(this.inFlight > 0);
  private waiters: (() => void)[] = [];

  async track<T>(save: Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await save;
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) {
        for (const resolve of this.waiters.splice(0)) resolve();
      }
    }
  }

  settled(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
