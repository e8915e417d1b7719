import { z } from 'zod';
import { defineMachine } from './machine.ts';

export const ApplicationStatus = z.enum([
  'draft',
  'submitted',
  'in_review',
  'needs_info',
  'resubmitted',
  'approved',
  'rejected',
  'withdrawn',
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/**
 * A service application.
 *
 * - `resubmitted` is a real status (DESIGN: `needs_info → (resubmitted) in_review`):
 *   the family answers with `needs_info → resubmitted`, the operator picks it
 *   up with `resubmitted → in_review`. So a device only ever writes
 *   `submitted`, `resubmitted` or `withdrawn`, never a status the server owns,
 *   and the history shows when the answer was sent.
 * - `withdrawn` is allowed from every open state that the server has seen
 *   (submitted, in_review, needs_info, resubmitted). A draft is not withdrawn:
 *   it was never sent, so the family deletes it instead.
 * - The server's arrival check may answer `submitted → needs_info` (or
 *   `resubmitted → needs_info`) at once when documents are missing or answers
 *   fail the catalog, naming what to fix, instead of passing it to an operator.
 * - approved, rejected and withdrawn are final.
 */
export const applicationMachine = defineMachine({
  name: 'application',
  initial: 'draft',
  states: ApplicationStatus.options,
  transitions: {
    draft: [{ to: 'submitted', by: 'client' }],
    submitted: [
      { to: 'in_review', by: 'server' },
      // The arrival check found missing documents or answers that fail the catalog.
      { to: 'needs_info', by: 'server' },
      { to: 'withdrawn', by: 'client' },
    ],
    in_review: [
      { to: 'approved', by: 'server' },
      { to: 'rejected', by: 'server' },
      { to: 'needs_info', by: 'server' },
      { to: 'withdrawn', by: 'client' },
    ],
    needs_info: [
      { to: 'resubmitted', by: 'client' },
      { to: 'withdrawn', by: 'client' },
    ],
    resubmitted: [
      { to: 'in_review', by: 'server' },
      { to: 'needs_info', by: 'server' },
      { to: 'withdrawn', by: 'client' },
    ],
    approved: [],
    rejected: [],
    withdrawn: [],
  },
  final: ['approved', 'rejected', 'withdrawn'],
});
