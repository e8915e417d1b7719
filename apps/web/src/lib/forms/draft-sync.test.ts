import { describe, expect, it } from 'vitest';
import { DraftSync } from './draft-sync.svelte.ts';

type Card = { name?: string; date?: string; address?: { region?: string; house?: string } };
const stored = async () => undefined;

describe('DraftSync', () => {
  it('takes a stored draft it did not write, and not the one it wrote', async () => {
    const sync = new DraftSync<Card>();
    expect(sync.adopt({ name: 'Анна' })).toEqual({ name: 'Анна' });
    expect(sync.adopt({ name: 'Анна' })).toBeUndefined();
    await sync.save({ name: 'Аня' }, stored);
    expect(sync.adopt({ name: 'Аня' })).toBeUndefined();
    // Another device changed it: the form shows that.
    expect(sync.adopt({ name: 'Анюта' })).toEqual({ name: 'Анюта' });
  });

  it('never puts back an older echo of its own writes, even after they all landed', async () => {
    const sync = new DraftSync<Card>();
    sync.adopt({ date: '14.03.2022' });
    // Select all, delete, type a new date key by key.
    const typed = [
      '',
      '1',
      '14',
      '14.0',
      '14.05',
      '14.05.2',
      '14.05.20',
      '14.05.202',
      '14.05.2021',
    ];
    for (const date of typed) await sync.save({ date }, stored);
    expect(sync.saved).toBe(true);
    // The store keeps no empty string: the echo of the emptied field has no key at all.
    expect(sync.adopt({})).toBeUndefined();
    expect(sync.adopt({ date: '14.0' })).toBeUndefined();
    expect(sync.adopt({ date: '14.03.2022' })).toBeUndefined();
    expect(sync.adopt({ date: '14.05.2021' })).toBeUndefined();
  });

  it('recognises its own write whatever order the store gives its keys', async () => {
    const sync = new DraftSync<Card>();
    sync.adopt({ name: 'Анна' });
    await sync.save({ name: 'Анна', address: { house: '3', region: 'Тверская' } }, stored);
    await sync.save({ name: 'Анна', address: { house: '', region: 'Тверская' } }, stored);
    expect(
      sync.adopt({ address: { region: 'Тверская', house: '3' }, name: 'Анна' }),
    ).toBeUndefined();
  });

  it("takes another device's change but keeps the fields edited here and not yet stored", async () => {
    const sync = new DraftSync<Card>();
    sync.adopt({ name: 'Анна', date: '01.01.2020' });
    let land = () => undefined as void;
    const saving = sync.save(
      { name: 'Анна', date: '02.01.2020' },
      () => new Promise<void>((r) => (land = r)),
    );
    expect(sync.saved).toBe(false);
    expect(sync.adopt({ name: 'Аня', date: '01.01.2020' })).toEqual({
      name: 'Аня',
      date: '02.01.2020',
    });
    land();
    await saving;
    expect(sync.saved).toBe(true);
    // Once the edit is seen stored, later changes to that field from elsewhere are taken.
    expect(sync.adopt({ name: 'Аня', date: '02.01.2020' })).toBeUndefined();
    expect(sync.adopt({ name: 'Аня', date: '03.01.2020' })).toEqual({
      name: 'Аня',
      date: '03.01.2020',
    });
  });

  it('keeps the focused field as shown when a change from elsewhere arrives', () => {
    const sync = new DraftSync<Card>();
    sync.adopt({ name: 'Анна', date: '01.01.2020' });
    expect(sync.adopt({ name: 'Аня', date: '05.05.2020' }, ['date'])).toEqual({
      name: 'Аня',
      date: '01.01.2020',
    });
  });

  it('does not take back what a submit wrote', () => {
    const sync = new DraftSync<Card>();
    sync.adopt({ date: '1.5.2021' });
    sync.wrote({ date: '01.05.2021' });
    expect(sync.adopt({ date: '1.5.2021' })).toBeUndefined();
    expect(sync.adopt({ date: '01.05.2021' })).toBeUndefined();
  });
});
