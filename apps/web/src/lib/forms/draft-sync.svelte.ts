import { canonicalJson, leafPaths, pathValue, sameValue, withPath } from './draft-paths.ts';

/** How many of its own writes a form recognises when their echoes come back late. */
const REMEMBERED_WRITES = 64;

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
  /** What the form shows now, as far as this class knows. */
  #shown: T | undefined;
  /** Paths edited here → the write sequence of their latest edit. */
  #edits = new Map<string, number>();
  /** Canonical forms of this form's recent writes → their sequence. */
  #written = new Map<string, number>();
  #seq = 0;

  /**
   * The stored draft to show, or undefined when what is shown stays. `keep`
   * names paths whose shown value stays whatever the store says (a focused field).
   */
  adopt(stored: T, keep: readonly string[] = []): T | undefined {
    const own = this.#written.get(canonicalJson(stored));
    if (own !== undefined) {
      // This form's own write coming back: the edits it carried are on the device now.
      for (const [path, seq] of this.#edits) if (seq <= own) this.#edits.delete(path);
      return undefined;
    }
    let next = stored;
    const shown = this.#shown;
    if (shown !== undefined) {
      for (const path of [...this.#edits.keys(), ...keep]) {
        const local = pathValue(shown, path);
        if (sameValue(pathValue(stored, path), local)) this.#edits.delete(path);
        else next = withPath(next, path, local);
      }
      if (canonicalJson(next) === canonicalJson(shown)) return undefined;
    }
    this.#shown = next;
    return next;
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
    this.#seq += 1;
    const before = this.#shown;
    for (const path of leafPaths(value, before)) {
      if (!sameValue(pathValue(value, path), before && pathValue(before, path))) {
        this.#edits.set(path, this.#seq);
      }
    }
    this.#shown = value;
    this.#written.set(canonicalJson(value), this.#seq);
    if (this.#written.size > REMEMBERED_WRITES) {
      const oldest = this.#written.keys().next().value;
      if (oldest !== undefined) this.#written.delete(oldest);
    }
  }
}
