import { z } from 'zod';
import { defineMachine } from './machine.ts';

export const ChildCardStatus = z.enum([
  'draft',
  'submitted',
  'verifying',
  'verified',
  'needs_correction',
]);
export type ChildCardStatus = z.infer<typeof ChildCardStatus>;

/**
 * The child card. No final state: a card lives as long as the child.
 *
 * - A correction is a resubmission (`needs_correction → submitted`); the
 *   server checks the card again, the corrected fields with the rest.
 * - Changing a verified card's data is a resubmission too
 *   (`verified → submitted`), not a move to `draft`: the edit is already a
 *   complete card, and the card must never claim "verified" for data nobody
 *   has checked. Every field of the card is checked (the schema on each, the
 *   registries on the identity), so every field counts as data.
 */
export const childCardMachine = defineMachine({
  name: 'child-card',
  initial: 'draft',
  states: ChildCardStatus.options,
  transitions: {
    draft: [{ to: 'submitted', by: 'client' }],
    submitted: [{ to: 'verifying', by: 'server' }],
    verifying: [
      { to: 'verified', by: 'server' },
      { to: 'needs_correction', by: 'server' },
    ],
    verified: [{ to: 'submitted', by: 'client' }],
    needs_correction: [{ to: 'submitted', by: 'client' }],
  },
  final: [],
});

/**
 * Whether a device may change the card's data as a draft in this state. In
 * `submitted` and `verifying` the server is checking the data, in `verified`
 * it stands checked: there a change must come as a new submission (the
 * client's move to `submitted`), never as a quiet edit under the old status.
 */
export function childCardDataOpen(status: ChildCardStatus): boolean {
  return status === 'draft' || status === 'needs_correction';
}
