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
 *   server re-verifies only the fields it named.
 * - Editing a verified card's identity fields (name, birth date, certificate,
 *   SNILS…) sends it back through verification as `verified → submitted`, not
 *   to `draft`: the edit is already a complete card, and the card must not keep
 *   claiming "verified" for data nobody has checked. Edits to other fields
 *   (e.g. contact details) leave the status alone; that split lives with the
 *   child-card schema, not here.
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
