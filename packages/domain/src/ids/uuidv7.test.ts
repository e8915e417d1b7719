import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidv7, uuidv7Time } from './uuidv7.ts';

describe('uuidv7', () => {
  it('is a valid RFC 9562 version 7 UUID that carries its time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 1 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (ms, random) => {
          const id = uuidv7(ms, random);
          expect(z.uuid({ version: 'v7' }).safeParse(id).success).toBe(true);
          expect(uuidv7Time(id)).toBe(ms);
        },
      ),
    );
  });

  it('sorts by creation time', () => {
    const random = new Uint8Array(10).fill(255);
    const earlier = uuidv7(1_700_000_000_000, random);
    const later = uuidv7(1_700_000_000_001, new Uint8Array(10));
    expect(earlier < later).toBe(true);
  });
});
