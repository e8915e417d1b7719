import { canonicalJson, leafPaths, pathValue, sameValue, withPath } from './draft-paths.ts';

/** How many of its own writes a form recognises when their echoes come back late. */
const REMEMBERED_WRITES = 64;

/**
 * The bookkeeping behind `DraftSync` (plain, not reactive): what the form
 * shows, which paths it edited and has not yet seen stored, and its recent writes.
 */
export class DraftLedger<T extends object> {
  /** What the form shows now, as far as this ledger knows. */
  #shown: T | undefined;
  /** Paths edited here → the write sequence of their latest edit. */
  #edits = new Map<string, number>();
  /** Canonical forms of this form's recent writes → their sequence. */
  #written = new Map<string, number>();
  #seq = 0;

  adopt(stored: T, keep: readonly string[]): T | undefined {
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
