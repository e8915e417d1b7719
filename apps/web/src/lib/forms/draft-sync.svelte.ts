/**
 * A form's draft kept in step with its stored record (the child card, the
 * passport, an application's answers). Every change is saved at once; a
 * stored state replaces the draft only when this form did not write it and
 * none of this form's saves is still landing — an older state emitted on the
 * way would move the cursor back or untick a radio.
 */
export class DraftSync<T> {
  /** True once the latest change is stored on the device («Черновик сохранён»). */
  saved = $state(false);
  #lastWritten = '';
  #inFlight = 0;

  /** The stored draft to show, or undefined when the form's own draft stays. */
  adopt(stored: T): T | undefined {
    if (this.#inFlight > 0) return undefined;
    const json = JSON.stringify(stored);
    if (json === this.#lastWritten) return undefined;
    this.#lastWritten = json;
    return stored;
  }

  /** Stores a snapshot of the draft through `write`; `saved` turns true when it lands. */
  save(snapshot: T, write: (snapshot: T) => Promise<unknown>): Promise<void> {
    this.#lastWritten = JSON.stringify(snapshot);
    this.#inFlight += 1;
    return write(snapshot)
      .then(() => {
        this.saved = true;
      })
      .finally(() => {
        this.#inFlight -= 1;
      });
  }

  /** A draft the form wrote another way (a submit's canonical form): not news when it comes back. */
  wrote(value: T): void {
    this.#lastWritten = JSON.stringify(value);
  }
}
