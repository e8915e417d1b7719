import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  applicationMachine,
  childCardMachine,
  documentMachine,
  identityMachine,
  isFinal,
  nextStates,
  transition,
} from './index.ts';
import type { Actor, Machine } from './index.ts';

const machines: Machine<string>[] = [
  childCardMachine,
  applicationMachine,
  documentMachine,
  identityMachine,
];
const step = fc.record({ actor: fc.constantFrom<Actor>('client', 'server'), pick: fc.nat() });

describe('random walks through the status machines', () => {
  for (const machine of machines) {
    it(`only visits declared states of the ${machine.name} machine`, () => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
          let state = machine.initial;
          for (const { actor, pick } of steps) {
            const options = nextStates(machine, state, actor);
            if (options.length === 0) continue;
            const to = options[pick % options.length]!;
            const result = transition(machine, state, to, actor);
            expect(result).toEqual({ ok: true, to });
            state = to;
            expect(machine.states).toContain(state);
          }
          if (isFinal(machine, state)) expect(nextStates(machine, state)).toEqual([]);
        }),
      );
    });
  }
});
