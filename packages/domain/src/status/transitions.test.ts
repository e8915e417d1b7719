import { describe, it, expect } from 'vitest';
import {
  applicationMachine,
  canTransition,
  childCardMachine,
  childCardDataOpen,
  documentMachine,
  identityDataOpen,
  identityMachine,
  isFinal,
  nextStates,
  transition,
} from './index.ts';
import type { Actor, Machine } from './index.ts';

type Move = readonly [from: string, to: string, by: Actor];

// The legal moves written out by hand, independently of the machine data.
const expected: Record<string, { machine: Machine<string>; moves: Move[] }> = {
  'child card': {
    machine: childCardMachine,
    moves: [
      ['draft', 'submitted', 'client'],
      ['submitted', 'verifying', 'server'],
      ['verifying', 'verified', 'server'],
      ['verifying', 'needs_correction', 'server'],
      ['needs_correction', 'submitted', 'client'],
      ['verified', 'submitted', 'client'],
    ],
  },
  application: {
    machine: applicationMachine,
    moves: [
      ['draft', 'submitted', 'client'],
      ['submitted', 'in_review', 'server'],
      ['submitted', 'needs_info', 'server'],
      ['resubmitted', 'needs_info', 'server'],
      ['in_review', 'approved', 'server'],
      ['in_review', 'rejected', 'server'],
      ['in_review', 'needs_info', 'server'],
      ['needs_info', 'resubmitted', 'client'],
      ['resubmitted', 'in_review', 'server'],
      ['submitted', 'withdrawn', 'client'],
      ['in_review', 'withdrawn', 'client'],
      ['needs_info', 'withdrawn', 'client'],
      ['resubmitted', 'withdrawn', 'client'],
    ],
  },
  document: {
    machine: documentMachine,
    moves: [
      ['queued', 'uploading', 'server'],
      ['queued', 'uploaded', 'server'],
      ['uploading', 'queued', 'server'],
      ['uploading', 'uploaded', 'server'],
      ['uploaded', 'accepted', 'server'],
      ['uploaded', 'rejected', 'server'],
    ],
  },
  identity: {
    machine: identityMachine,
    moves: [
      ['none', 'submitted', 'client'],
      ['submitted', 'confirmed', 'server'],
      ['submitted', 'rejected', 'server'],
      ['confirmed', 'submitted', 'client'],
      ['rejected', 'submitted', 'client'],
    ],
  },
};

const actors: Actor[] = ['client', 'server'];

for (const [name, { machine, moves }] of Object.entries(expected)) {
  describe(`${name} status machine`, () => {
    const legal = (from: string, to: string, by: Actor) =>
      moves.some((m) => m[0] === from && m[1] === to && m[2] === by);

    it('accepts exactly the legal moves, by the right actor, for every pair of states', () => {
      for (const from of machine.states) {
        for (const to of machine.states) {
          for (const actor of actors) {
            const result = transition(machine, from, to, actor);
            if (legal(from, to, actor)) {
              expect(result, `${from} → ${to} by ${actor}`).toEqual({ ok: true, to });
            } else {
              expect(result, `${from} → ${to} by ${actor}`).toEqual({
                ok: false,
                code: 'illegal-transition',
                from,
                to,
                actor,
              });
            }
            expect(canTransition(machine, from, to, actor)).toBe(legal(from, to, actor));
          }
        }
      }
    });

    it('never allows staying in the same state', () => {
      for (const state of machine.states) {
        for (const actor of actors) expect(canTransition(machine, state, state, actor)).toBe(false);
      }
    });

    it('gives final states no exits', () => {
      for (const state of machine.final) {
        expect(isFinal(machine, state)).toBe(true);
        expect(nextStates(machine, state)).toEqual([]);
      }
    });

    it('lists next states per actor', () => {
      for (const from of machine.states) {
        for (const actor of actors) {
          const want = moves.filter((m) => m[0] === from && m[2] === actor).map((m) => m[1]);
          expect([...nextStates(machine, from, actor)].sort()).toEqual([...want].sort());
        }
      }
    });

    it('refuses states it does not know instead of throwing', () => {
      const result = transition(machine, '__proto__', 'toString', 'client');
      expect(result.ok).toBe(false);
      expect(nextStates(machine, 'constructor')).toEqual([]);
    });
  });
}

describe('status machine finals', () => {
  it('declares the final states of each machine', () => {
    expect(childCardMachine.final).toEqual([]);
    expect([...applicationMachine.final].sort()).toEqual(['approved', 'rejected', 'withdrawn']);
    expect([...documentMachine.final].sort()).toEqual(['accepted', 'rejected']);
  });

  it('keeps a client from forging a server decision', () => {
    expect(canTransition(childCardMachine, 'verifying', 'verified', 'client')).toBe(false);
    expect(canTransition(applicationMachine, 'in_review', 'approved', 'client')).toBe(false);
    expect(canTransition(documentMachine, 'uploaded', 'accepted', 'client')).toBe(false);
    expect(canTransition(identityMachine, 'submitted', 'confirmed', 'client')).toBe(false);
  });
});

describe('data a device may change as a draft', () => {
  it('is open on a card only before a check is asked for or after it asked for a correction', () => {
    const open = childCardMachine.states.filter((status) => childCardDataOpen(status));
    expect(open).toEqual(['draft', 'needs_correction']);
  });

  it('is open on a passport only before a request or after a rejection', () => {
    const open = identityMachine.states.filter((status) => identityDataOpen(status));
    expect(open).toEqual(['none', 'rejected']);
  });
});
