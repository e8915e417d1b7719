import { describe, it, expect } from 'vitest';
import { defineMachine } from './machine.ts';

describe('defineMachine', () => {
  it('rejects a final state with exits', () => {
    expect(() =>
      defineMachine({
        name: 'bad',
        initial: 'a',
        states: ['a', 'b'],
        transitions: { a: [{ to: 'b', by: 'client' }], b: [{ to: 'a', by: 'client' }] },
        final: ['b'],
      }),
    ).toThrow(/final state 'b' has exits/);
  });

  it('rejects a self-transition', () => {
    expect(() =>
      defineMachine({
        name: 'bad',
        initial: 'a',
        states: ['a'],
        transitions: { a: [{ to: 'a', by: 'client' }] },
        final: [],
      }),
    ).toThrow(/self-transition/);
  });
});
