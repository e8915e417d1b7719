import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown, formatWait, secondsLeft } from './countdown.svelte.ts';

describe('the resend countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts down each second, then stops at zero', () => {
    const countdown = new Countdown();
    countdown.start(3);
    expect(countdown.remaining).toBe(3);
    vi.advanceTimersByTime(1000);
    expect(countdown.remaining).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(countdown.remaining).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(countdown.remaining).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('goes on from a kept deadline after a reload, and a past one is already done', () => {
    const countdown = new Countdown();
    countdown.until(Date.now() + 42_500);
    expect(countdown.remaining).toBe(43);
    countdown.until(Date.now() - 1);
    expect(countdown.remaining).toBe(0);
  });

  it('shows minutes and seconds', () => {
    expect(formatWait(60)).toBe('1:00');
    expect(formatWait(42)).toBe('0:42');
    expect(secondsLeft(1000, 0)).toBe(1);
    expect(secondsLeft(0, 1000)).toBe(0);
  });
});
