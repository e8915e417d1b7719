import { z } from 'zod';
import { defineMachine } from './machine.ts';

export const DocumentStatus = z.enum(['queued', 'uploading', 'uploaded', 'accepted', 'rejected']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/**
 * A scan's upload and review. `uploading → queued` is a dropped or paused
 * connection; the resumable upload carries on from where it stopped. The
 * rejection reason lives on the document, not in the machine. A rejected scan
 * is final: the family uploads a new document instead.
 */
export const documentMachine = defineMachine({
  name: 'document',
  initial: 'queued',
  states: DocumentStatus.options,
  transitions: {
    queued: [{ to: 'uploading', by: 'client' }],
    uploading: [
      { to: 'uploaded', by: 'client' },
      { to: 'queued', by: 'client' },
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
