import { describe, expect, it } from 'vitest';
import { copy, shareOrCopy, type ShareTarget } from './share-code.ts';

const data = { title: 'Код привязки', text: 'Код привязки: ABCD-2345' };

function clipboard() {
  const written: string[] = [];
  return { written, writeText: async (text: string) => void written.push(text) };
}

describe('sharing the linking code', () => {
  it('opens the share sheet where the browser has one', async () => {
    const shared: unknown[] = [];
    const board = clipboard();
    const target: ShareTarget = { share: async (d) => void shared.push(d), clipboard: board };
    expect(await shareOrCopy(target, data, 'ABCD-2345')).toBe('shared');
    expect(shared).toEqual([data]);
    expect(board.written).toEqual([]);
  });

  it('copies the code when there is no share sheet, or it cannot share text', async () => {
    const board = clipboard();
    expect(await shareOrCopy({ clipboard: board }, data, 'ABCD-2345')).toBe('copied');
    const refuses: ShareTarget = {
      share: async () => {
        throw new Error('not here');
      },
      canShare: () => false,
      clipboard: board,
    };
    expect(await shareOrCopy(refuses, data, 'ABCD-2345')).toBe('copied');
    expect(board.written).toEqual(['ABCD-2345', 'ABCD-2345']);
  });

  it('says nothing when the person closes the sheet, and copies when sharing fails', async () => {
    const board = clipboard();
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    const closed: ShareTarget = { share: () => Promise.reject(abort), clipboard: board };
    expect(await shareOrCopy(closed, data, 'ABCD-2345')).toBe('cancelled');
    expect(board.written).toEqual([]);
    const broken: ShareTarget = {
      share: () => Promise.reject(new Error('NotAllowedError')),
      clipboard: board,
    };
    expect(await shareOrCopy(broken, data, 'ABCD-2345')).toBe('copied');
  });

  it('reports a clipboard the browser refuses, so the screen can say to copy by hand', async () => {
    const denied = { writeText: () => Promise.reject(new Error('denied')) };
    expect(await copy({ clipboard: denied }, 'ABCD-2345')).toBe('failed');
    expect(await copy({}, 'ABCD-2345')).toBe('failed');
  });
});
