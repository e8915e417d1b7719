import { describe, expect, it } from 'vitest';
import { keptInput } from './kept-input.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('keptInput', () => {
  it('keeps the named fields across a reload and nothing else', () => {
    const storage = memoryStorage();
    keptInput(storage, 'sign-up', ['surname', 'phone']).write({
      surname: 'Иванова',
      phone: '+79001234567',
      password: 'три зелёных кота',
    });
    expect(keptInput(storage, 'sign-up', ['surname', 'phone']).read()).toEqual({
      surname: 'Иванова',
      phone: '+79001234567',
    });
    expect([...storage.map.values()].join()).not.toContain('кота');
  });

  it('refuses to keep a field that looks secret', () => {
    expect(() => keptInput(memoryStorage(), 'x', ['login', 'password'])).toThrow(/password/);
    expect(() => keptInput(memoryStorage(), 'x', ['code'])).toThrow();
  });

  it('reads nothing from a damaged copy, and forgets on clear', () => {
    const storage = memoryStorage();
    storage.setItem('rodnik.typed.x', '{not json');
    expect(keptInput(storage, 'x', ['login']).read()).toEqual({});
    const kept = keptInput(storage, 'x', ['login']);
    kept.write({ login: 'a@b.ru' });
    kept.clear();
    expect(kept.read()).toEqual({});
  });
});
