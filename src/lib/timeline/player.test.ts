import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Player } from './player';

describe('Player', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const steps = [
    { day: '2020-06-30', holdMs: 1000 },
    { day: '2020-07-01', holdMs: 100 },
    { day: '2020-07-05', holdMs: 1000 },
  ];

  it('shows each step for its hold time, then reports the end', () => {
    const shown: string[] = [];
    const done = vi.fn();
    const player = new Player({ show: (d) => shown.push(d), done });
    player.start(steps);
    // The first step comes in a task of its own, at once.
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(shown).toEqual(['2020-06-30']);
    vi.advanceTimersByTime(999);
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['2020-06-30', '2020-07-01']);
    vi.advanceTimersByTime(1100);
    expect(shown).toEqual(['2020-06-30', '2020-07-01', '2020-07-05']);
    expect(done).toHaveBeenCalledTimes(1);
    expect(player.running).toBe(false);
  });

  it('shows nothing when stopped before its first step', () => {
    const shown: string[] = [];
    const player = new Player({ show: (d) => shown.push(d), done: vi.fn() });
    player.start(steps);
    expect(player.running).toBe(true);
    player.stop();
    vi.advanceTimersByTime(10_000);
    expect(shown).toEqual([]);
  });

  it('stops on request and leaves no timer behind', () => {
    const shown: string[] = [];
    const done = vi.fn();
    const player = new Player({ show: (d) => shown.push(d), done });
    player.start(steps);
    vi.advanceTimersByTime(0);
    player.stop();
    vi.advanceTimersByTime(10_000);
    expect(shown).toEqual(['2020-06-30']);
    expect(done).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
