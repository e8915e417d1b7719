import { z } from 'zod';
import { defineMachine } from './machine.ts';

export const DocumentStatus = z.enum(['queued', 'uploading', 'uploaded', 'accepted', 'rejected']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/**
 * A scan's upload and review, as the server sees it: it writes every status
 * (a device cannot write server-owned fields), `uploading` when the first
 * bytes arrive and `accepted`/`rejected` when the last have been checked.
 * `uploaded` is the short moment between the last byte and the check.
 * `uploading → queued` is an upload the server dropped (expired); the resumable upload carries on from where it stopped. The
 * rejection reason lives on the document, not in the machine. A rejected scan
 * is final: the family uploads a new document instead.
 */
export const documentMachine = defineMachine({
  name: 'document',
  initial: 'queued',
  states: DocumentStatus.options,
  transitions: {
    queued: [
      { to: 'uploading', by: 'server' },
      { to: 'uploaded', by: 'server' },
    ],
    uploading: [
      { to: 'uploaded', by: 'server' },
      { to: 'queued', by: 'server' },
    ],
    uploaded: [
      { to: 'accepted', by: 'server' },
      { to: 'rejected', by: 'server' },
    ],
    accepted: [],
    rejected: [],
  },
  final: ['accepted', 'rejected'],
});
