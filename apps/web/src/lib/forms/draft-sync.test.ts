import { describe, expect, it } from 'vitest';
import { DraftSync } from './draft-sync.svelte.ts';

describe('DraftSync', () => {
  it('takes a stored draft it did not write, and not the one it wrote', async () => {
    const sync = new DraftSync<{ name: string }>();
    expect(sync.adopt({ name: 'Анна' })).toEqual({ name: 'Анна' });
    expect(sync.adopt({ name: 'Анна' })).toBeUndefined();
    await sync.save({ name: 'Аня' }, async () => undefined);
    expect(sync.adopt({ name: 'Аня' })).toBeUndefined();
    // Another device changed it: the form shows that.
    expect(sync.adopt({ name: 'Анюта' })).toEqual({ name: 'Анюта' });
  });

  it('ignores states emitted while its saves are landing, then says saved', async () => {
    const sync = new DraftSync<{ name: string }>();
    let land = () => undefined as void;
    const saving = sync.save({ name: 'Аня' }, () => new Promise<void>((r) => (land = r)));
    expect(sync.saved).toBe(false);
    expect(sync.adopt({ name: 'Ан' })).toBeUndefined();
    land();
    await saving;
    expect(sync.saved).toBe(true);
    expect(sync.adopt({ name: 'Ан' })).toEqual({ name: 'Ан' });
  });

  it('does not take back what a submit wrote', () => {
    const sync = new DraftSync<{ date: string }>();
    sync.wrote({ date: '14.05.2021' });
    expect(sync.adopt({ date: '14.05.2021' })).toBeUndefined();
  });
});
