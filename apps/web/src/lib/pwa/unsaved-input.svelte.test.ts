import { describe, expect, it } from 'vitest';
import { UnsavedInput } from './unsaved-input.svelte.ts';

describe('UnsavedInput', () => {
  it('lets an update wait until every save in flight has landed', async () => {
    const unsaved = new UnsavedInput();
    let finish: () => void = () => {};
    const save = unsaved.track(new Promise<void>((resolve) => (finish = resolve)));
    expect(unsaved.hasUnsaved).toBe(true);
    let settled = false;
    const waiting = unsaved.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await save;
    await waiting;
    expect(settled).toBe(true);
    expect(unsaved.hasUnsaved).toBe(false);
  });
});
