import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, clampDay, dayToNumber, daysBetween, numberToDay } from './days';

/** Days from 1900 to 2100 as YYYY-MM-DD, built without the module under test. */
const anyDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dayToNumber / numberToDay', () => {
  it('count days from 1 January 1970', () => {
    expect(dayToNumber('1970-01-01')).toBe(0);
    expect(dayToNumber('1970-01-02')).toBe(1);
    expect(dayToNumber('1969-12-31')).toBe(-1);
    expect(dayToNumber('2020-06-30')).toBe(18443);
    expect(numberToDay(18443)).toBe('2020-06-30');
    expect(numberToDay(-1)).toBe('1969-12-31');
  });

  it('round-trip any day', () => {
    fc.assert(fc.property(anyDay, (day) => numberToDay(dayToNumber(day)) === day));
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2020-06-30', 1)).toBe('2020-07-01');
    expect(addDays('2020-07-01', -1)).toBe('2020-06-30');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2020-06-30', 0)).toBe('2020-06-30');
    expect(addDays('2020-06-30', 366)).toBe('2021-07-01');
  });

  it('is undone by the opposite step and agrees with daysBetween', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        const moved = addDays(day, n);
        expect(addDays(moved, -n)).toBe(day);
        expect(daysBetween(day, moved)).toBe(n);
        expect(moved > day).toBe(n > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the local time zone around daylight saving changes', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        // 29 March and 25 October 2020 are 23 and 25 hours long in Berlin.
        expect(addDays('2020-03-28', 2)).toBe('2020-03-30');
        expect(addDays('2020-10-24', 2)).toBe('2020-10-26');
        expect(daysBetween('2020-03-01', '2020-04-01')).toBe(31);
        expect(numberToDay(dayToNumber('2020-06-30'))).toBe('2020-06-30');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('daysBetween', () => {
  it('counts calendar days, negative backwards', () => {
    expect(daysBetween('2020-06-30', '2020-07-15')).toBe(15);
    expect(daysBetween('2020-07-15', '2020-06-30')).toBe(-15);
    expect(daysBetween('2020-06-30', '2020-06-30')).toBe(0);
    expect(daysBetween('2020-06-30', '2023-08-09')).toBe(1135);
  });
});

describe('clampDay', () => {
  it('keeps a day inside the range and moves others to the nearer end', () => {
    expect(clampDay('2020-07-05', '2020-06-30', '2023-08-09')).toBe('2020-07-05');
    expect(clampDay('2020-06-30', '2020-06-30', '2023-08-09')).toBe('2020-06-30');
    expect(clampDay('2023-08-09', '2020-06-30', '2023-08-09')).toBe('2023-08-09');
    expect(clampDay('2020-06-29', '2020-06-30', '2023-08-09')).toBe('2020-06-30');
    expect(clampDay('1999-01-01', '2020-06-30', '2023-08-09')).toBe('2020-06-30');
    expect(clampDay('2023-08-10', '2020-06-30', '2023-08-09')).toBe('2023-08-09');
  });
});
