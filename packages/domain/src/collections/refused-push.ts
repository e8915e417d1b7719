import { jsonEqual } from '../sync/merge.ts';
import { clientView, type CollectionDef } from './collection-def.ts';

/**
 * Whether a push conflict is the server refusing the device's change rather
 * than a concurrent edit. The server reports a conflict for a concurrent edit
 * only when its master's client-owned fields (or deletion) differ from what
 * the device assumed; a master that still holds exactly the assumed state
 * means a rule said no (a sent application's form, a scan a sent application
 * keeps). The device then takes the master: merging would re-apply the
 * refused change and send it again forever.
 */
export function isRefusedPush(
  def: CollectionDef,
  assumed: Record<string, unknown> | null | undefined,
  master: Record<string, unknown>,
): boolean {
  if (!assumed) return false;
  return (
    (assumed._deleted === true) === (master._deleted === true) &&
    jsonEqual(clientView(def, assumed), clientView(def, master))
  );
}
