import { IdentityStatus } from '../collections/members.ts';
import { defineMachine } from './machine.ts';

/**
 * A parent's identity («Подтверждённая учётная запись»), on their `members`
 * document. The device asks (a new `identitySubmittedAt`), the server decides.
 * A new request while one is `submitted` replaces it (the newest is checked),
 * which is no move. No final state: a confirmed parent may change the
 * passport, and that is a new request, checked again.
 */
export const identityMachine = defineMachine({
  name: 'identity',
  initial: 'none',
  states: IdentityStatus.options,
  transitions: {
    none: [{ to: 'submitted', by: 'client' }],
    submitted: [
      { to: 'confirmed', by: 'server' },
      { to: 'rejected', by: 'server' },
    ],
    confirmed: [{ to: 'submitted', by: 'client' }],
    rejected: [{ to: 'submitted', by: 'client' }],
  },
  final: [],
});

/**
 * Whether the passport may change as a draft in this state: not while it is
 * being checked, nor once confirmed — there a change is a new request.
 */
export function identityDataOpen(status: IdentityStatus): boolean {
  return status === 'none' || status === 'rejected';
}
