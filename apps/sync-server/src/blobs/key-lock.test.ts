import { describe, expect, it } from 'vitest';
import { keyLock } from './key-lock.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('keyLock', () => {
  it('runs work on one key one at a time, in the order asked', async () => {
    const lock = keyLock();
    const seen: string[] = [];
    const slow = lock.run('a', async () => {
      seen.push('first starts');
      await tick();
      seen.push('first ends');
    });
    const next = lock.run('a', async () => {
      seen.push('second runs');
    });
    await Promise.all([slow, next]);
    expect(seen).toEqual(['first starts', 'first ends', 'second runs']);
  });

  it('lets different keys run side by side', async () => {
    const lock = keyLock();
    const seen: string[] = [];
    const a = lock.run('a', async () => {
      await tick();
      seen.push('a');
    });
    const b = lock.run('b', async () => {
      seen.push('b');
    });
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
