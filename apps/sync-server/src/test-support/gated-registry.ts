import { fixtureRegistry } from '../registry/fixture-registry.ts';
import type { Registry } from '../registry/registry.ts';

/** One held registry question: the test learns it was asked, and says when it is answered. */
export interface RegistryHold {
  /** Resolves once a check asked the registry (the check has read what it checks). */
  asked: Promise<void>;
  release(): void;
}

/**
 * The fixture registry with a gate: after `hold()`, the next question waits
 * until the test releases it, so a test can act between a check's read and
 * its verdict without sleeping. Later questions are answered at once.
 */
export function gatedRegistry(): Registry & { hold(): RegistryHold; releaseAll(): void } {
  const inner = fixtureRegistry('fixture');
  let armed: { asked(): void; released: Promise<void> } | null = null;
  const releases: (() => void)[] = [];
  const gate = async (): Promise<void> => {
    const held = armed;
    armed = null;
    if (!held) return;
    held.asked();
    await held.released;
  };
  return {
    async checkChild(identity) {
      await gate();
      return inner.checkChild(identity);
    },
    async lookupPassport(passport) {
      await gate();
      return inner.lookupPassport(passport);
    },
    hold() {
      let asked = (): void => undefined;
      let release = (): void => undefined;
      const askedPromise = new Promise<void>((resolve) => (asked = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      armed = { asked, released };
      releases.push(release);
      return { asked: askedPromise, release };
    },
    /** Lets every held question go (a failed test must not leave a check hanging). */
    releaseAll() {
      armed = null;
      releases.splice(0).forEach((release) => release());
    },
  };
}
