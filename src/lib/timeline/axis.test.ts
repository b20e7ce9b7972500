import { describe, expect, it } from 'vitest';
import { axisTicks, createAxis } from './axis';

describe('createAxis', () => {
  const axis = createAxis('2020-06-30', '2023-08-09', '2020-07-15');

  it('gives the dense fortnight most of the width', () => {
    expect(axis.x('2020-06-30')).toBe(0);
    expect(axis.x('2020-07-15')).toBeCloseTo(0.62);
    expect(axis.x('2023-08-09')).toBe(1);
    // One day in July 2020 is wider than a month later on.
    const julyDay = axis.x('2020-07-07') - axis.x('2020-07-06');
    const laterMonth = axis.x('2021-02-01') - axis.x('2021-01-01');
    expect(julyDay).toBeGreaterThan(laterMonth);
  });

  it('keeps days in order', () => {
    expect(axis.x('2020-07-16')).toBeGreaterThan(axis.x('2020-07-15'));
    expect(axis.x('2022-01-01')).toBeGreaterThan(axis.x('2021-01-01'));
  });

  it('inverts positions back to days', () => {
    for (const day of ['2020-06-30', '2020-07-06', '2020-07-15', '2020-07-16', '2021-06-08', '2023-08-09'])
      expect(axis.dayAt(axis.x(day))).toBe(day);
    expect(axis.dayAt(-1)).toBe('2020-06-30');
    expect(axis.dayAt(2)).toBe('2023-08-09');
  });

  it('falls back to one segment when nothing lies after the break', () => {
    const short = createAxis('2020-06-30', '2020-07-10', '2020-07-15');
    expect(short.segments).toHaveLength(1);
    expect(short.x('2020-07-10')).toBe(1);
    expect(short.dayAt(0.5)).toBe('2020-07-05');
  });

  it('ticks every few days, then every year', () => {
    const ticks = axisTicks(axis);
    expect(ticks.slice(0, 3)).toEqual(['2020-06-30', '2020-07-03', '2020-07-06']);
    expect(ticks.slice(-3)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01']);
  });
});
