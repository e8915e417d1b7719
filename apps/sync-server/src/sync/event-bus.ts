import type { CollectionName } from '@rodnik/domain';
import type { DocChange } from '../store/store.ts';

export type Checkpoints = Partial<Record<CollectionName, number>>;

/** New checkpoints of a family's collections, or `resync`: changes may have been missed. */
export type FamilyEvent = { type: 'checkpoints'; checkpoints: Checkpoints } | { type: 'resync' };

export type FamilyListener = (event: FamilyEvent) => void;

const RESYNC: FamilyEvent = Object.freeze({ type: 'resync' });

/**
 * Fans committed changes out to the live streams of the families they touch.
 * Listeners are keyed by family, so a write wakes only that family's devices.
 */
export interface EventBus {
  publish(changes: DocChange[]): void;
  /** Every stream pulls everything again (e.g. after the change feed was down). */
  publishResync(): void;
  subscribe(familyId: string, listener: FamilyListener): () => void;
}

export function createEventBus(): EventBus {
  const byFamily = new Map<string, Set<FamilyListener>>();
  return {
    publish(changes) {
      const grouped = new Map<string, Checkpoints>();
      for (const change of changes) {
        const checkpoints = grouped.get(change.familyId) ?? {};
        checkpoints[change.collection] = Math.max(checkpoints[change.collection] ?? 0, change.seq);
        grouped.set(change.familyId, checkpoints);
      }
      for (const [familyId, checkpoints] of grouped) {
        // One event for all the family's streams: it is encoded once (`eventFrames`).
        const event: FamilyEvent = { type: 'checkpoints', checkpoints };
        for (const listener of byFamily.get(familyId) ?? []) listener(event);
      }
    },
    publishResync() {
      for (const listeners of byFamily.values()) {
        for (const listener of listeners) listener(RESYNC);
      }
    },
    subscribe(familyId, listener) {
      const listeners = byFamily.get(familyId) ?? new Set<FamilyListener>();
      listeners.add(listener);
      byFamily.set(familyId, listeners);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) byFamily.delete(familyId);
      };
    },
  };
}
