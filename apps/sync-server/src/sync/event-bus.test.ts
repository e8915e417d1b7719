import type { CollectionName } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { createEventBus, type FamilyEvent } from './event-bus.ts';

const change = (familyId: string, collection: CollectionName, seq: number) => ({
  familyId,
  collection,
  childId: null,
  seq,
});

describe('the event bus', () => {
  it('wakes only the families a change touched, with their highest checkpoints', () => {
    const bus = createEventBus();
    const a: FamilyEvent[] = [];
    const b: FamilyEvent[] = [];
    bus.subscribe('a', (event) => a.push(event));
    bus.subscribe('b', (event) => b.push(event));
    bus.publish([change('a', 'children', 3), change('a', 'children', 5), change('a', 'links', 4)]);
    expect(a).toEqual([{ type: 'checkpoints', checkpoints: { children: 5, links: 4 } }]);
    expect(b).toEqual([]);
  });

  it('tells every live stream to resync when changes may have been missed', () => {
    const bus = createEventBus();
    const heard: string[] = [];
    bus.subscribe('a', (event) => heard.push(`a:${event.type}`));
    const unsubscribe = bus.subscribe('b', (event) => heard.push(`b:${event.type}`));
    unsubscribe();
    bus.subscribe('c', (event) => heard.push(`c:${event.type}`));
    bus.publishResync();
    expect(heard).toEqual(['a:resync', 'c:resync']);
  });
});
