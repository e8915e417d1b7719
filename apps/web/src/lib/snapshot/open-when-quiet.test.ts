import { describe, expect, it } from 'vitest';
import { openWhenQuiet, type QuietTarget } from './open-when-quiet.ts';

/** A window whose timers, idle callbacks and input the test drives by hand. */
function fakeWindow() {
  const listeners = new Map<string, Set<() => void>>();
  let timer: (() => void) | null = null;
  let idle: (() => void) | null = null;
  const target: QuietTarget = {
    addEventListener: (type, listener) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type, listener) => void listeners.get(type)?.delete(listener),
    setTimeout: (callback) => {
      timer = callback;
      return 1;
    },
    clearTimeout: () => void (timer = null),
    requestIdleCallback: (callback) => {
      idle = callback;
      return 2;
    },
    cancelIdleCallback: () => void (idle = null),
  };
  return {
    target,
    input: (type: string) => [...(listeners.get(type) ?? [])].forEach((l) => l()),
    elapse: () => timer?.(),
    idle: () => idle?.(),
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

describe('opening the database once the home screen is quiet', () => {
  it('waits for the delay and then for the browser to be idle', () => {
    const win = fakeWindow();
    let opened = 0;
    openWhenQuiet(() => opened++, { afterMs: 3_000, target: win.target });
    win.idle();
    expect(opened).toBe(0);
    win.elapse();
    expect(opened).toBe(0);
    win.idle();
    expect(opened).toBe(1);
    expect(win.listening()).toBe(0);
  });

  it('opens at once on the first touch or key, and only once', () => {
    const win = fakeWindow();
    let opened = 0;
    openWhenQuiet(() => opened++, { afterMs: 3_000, target: win.target });
    win.input('pointerdown');
    win.input('keydown');
    win.elapse();
    win.idle();
    expect(opened).toBe(1);
  });

  it('never opens once cancelled (the layout went away)', () => {
    const win = fakeWindow();
    let opened = 0;
    const waiting = openWhenQuiet(() => opened++, { target: win.target });
    waiting.cancel();
    win.input('pointerdown');
    win.elapse();
    win.idle();
    expect(opened).toBe(0);
    expect(win.listening()).toBe(0);
  });
});
