import { mayRemoveScan } from '../deletion-rules.ts';
import { asStored, refuse, type CollectionPolicy } from '../policy.ts';
import { requireOwnChild } from './own-child.ts';
import { afterRecordWrite } from './record-lifecycle.ts';

/**
 * Scan records: the family's devices create and delete them (a child's
 * account its own child's); a scan a sent application keeps stays with it;
 * a deleted scan's bytes are released and the checks waiting for it re-run.
 */
export const documentsPolicy: CollectionPolicy<'documents'> = {
  collection: 'documents',
  authorize(ctx, row, master) {
    requireOwnChild(ctx, master, row.client);
    return Promise.resolve('pass');
  },
  async beforeWrite(ctx, { master, data, deleted }) {
    if (master && deleted && !master.deleted && !(await mayRemoveScan(ctx.tx, master))) {
      return refuse();
    }
    return { kind: 'write', data, effects: undefined };
  },
  afterWrite: (ctx, written, change) => afterRecordWrite(ctx, written, change, null),
  projects: () => false,
  project: asStored,
};
