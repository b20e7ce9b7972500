import { describe, expect, it } from 'vitest';
import { format, metric, trimmedMean } from './report';

describe('metric', () => {
  it('passes, misses or is over goal by the median against the budget', () => {
    expect(metric('a', 'a', 'ms', [1, 2, 3], { text: '≤ 2', limit: 2 }).status).toBe('pass');
    expect(metric('a', 'a', 'ms', [3, 3, 1], { text: '≤ 2', limit: 2 }).status).toBe('miss');
    expect(metric('a', 'a', 'x', [1.7], { text: '≤ 2 (goal 1.5)', limit: 2, goal: 1.5 }).status).toBe(
      'over goal',
    );
    expect(metric('a', 'a', 'MB', [1], { text: '< 1', limit: 1, kind: 'under' }).status).toBe('miss');
    expect(metric('a', 'a', 'ms', [5]).status).toBe('info');
  });

  it('reports a missing value as a miss, with or without a budget', () => {
    expect(metric('a', 'a', 'ms', [], { text: '0', limit: 0 }).status).toBe('miss');
    expect(metric('a', 'a', 'ms', []).status).toBe('miss');
    // One run without a number fails the whole metric, even if the others pass.
    expect(metric('a', 'a', 'CLS', [0, Number.NaN, 0], { text: '0', limit: 0 }).status).toBe('miss');
    expect(format(Number.NaN, 'ms')).toBe('miss');
    expect(format(12.34, 'ms')).toBe('12.3 ms');
  });
});

describe('trimmedMean', () => {
  it('averages all but the lowest and highest tenth', () => {
    // A change that falls in the throttler's pause takes 3.5 ms instead of 0.5: both count.
    const times = [0.5, 0.5, 0.5, 0.5, 0.5, 3.5, 3.5, 3.5, 3.5, 3.5];
    expect(trimmedMean(times)).toBe(2);
    // One garbage collection of 40 ms is dropped, not averaged in.
    expect(trimmedMean([...times.slice(1), 40])).toBe(2.375);
    expect(trimmedMean([1, 2, 3])).toBe(2);
    expect(trimmedMean([Number.NaN, 4])).toBe(4);
    expect(trimmedMean([])).toBeNaN();
  });
});
