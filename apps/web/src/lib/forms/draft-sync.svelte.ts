import { DraftLedger } from './draft-ledger.ts';

/**
 * A form's draft kept in step with its stored record (the child card, the
 * passport, an application's answers). Every change is saved at once. A
 * stored state coming back never replaces what the person typed since:
 *
 * - an echo of one of this form's own writes (older ones arrive late, and
 *   the store drops empty values and reorders keys, so they are compared in
 *   a canonical form) changes nothing on screen;
 * - a state someone else wrote (another device, the server) is taken, except
 *   at the paths edited here and not yet seen back in a stored state, and at
 *   the paths the caller keeps (the field that has focus).
 *
 * Replacing a field's value under the cursor moves the caret to the end, so
 * the next keystrokes land after the old text («14052021.3.2022»).
 */
export class DraftSync<T extends object> {
  /** True once the latest change is stored on the device («Черновик сохранён»). */
  saved = $state(false);
  #ledger = new DraftLedger<T>();

  /**
   * The stored draft to show, or undefined when what is shown stays. `keep`
   * names paths whose shown value stays whatever the store says (a focused field).
   */
  adopt(stored: T, keep: readonly string[] = []): T | undefined {
    return this.#ledger.adopt(stored, keep);
  }

  /** Stores a snapshot of the draft through `write`; `saved` turns true when it lands. */
  save(snapshot: T, write: (snapshot: T) => Promise<unknown>): Promise<void> {
    this.wrote(snapshot);
    return write(snapshot).then(() => {
      this.saved = true;
    });
  }

  /** A draft the form wrote another way (a submit's canonical form): not news when it comes back. */
  wrote(value: T): void {
    this.#ledger.wrote(value);
  }
}
