import { describe, expect, it } from 'vitest';
import { keyLock } from './key-lock.ts';

/** A promise the test settles by hand, so the order is the test's, not the timer's. */
function gate() {
  let open: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

describe('keyLock', () => {
  it('runs work on one key one at a time, in the order asked', async () => {
    const lock = keyLock();
    const seen: string[] = [];
    const held = gate();
    const slow = lock.run('a', async () => {
      seen.push('first starts');
      await held.closed;
      seen.push('first ends');
    });
    const next = lock.run('a', async () => {
      seen.push('second runs');
    });
    await Promise.resolve();
    held.open();
    await Promise.all([slow, next]);
    expect(seen).toEqual(['first starts', 'first ends', 'second runs']);
  });

  it('lets different keys run side by side', async () => {
    const lock = keyLock();
    const seen: string[] = [];
    const held = gate();
    const a = lock.run('a', async () => {
      await held.closed;
      seen.push('a');
    });
    const b = lock.run('b', async () => {
      seen.push('b');
    });
    await b;
    held.open();
    await Promise.all([a, b]);
    expect(seen).toEqual(['b', 'a']);
  });

  it('keeps going after a holder fails, and hands the failure to its caller', async () => {
    const lock = keyLock();
    const failed = lock.run('a', async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(lock.run('a', async () => 'next')).resolves.toBe('next');
  });
});
