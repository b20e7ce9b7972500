import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePath, encodeRings, quantizeRing, type Point } from './encode';

describe('quantizeRing', () => {
  it('rounds to the grid and drops repeated points and the closing point', () => {
    expect(
      quantizeRing([
        [0.2, 0.1],
        [0.4, 0.3],
        [5.6, 0],
        [5, 5],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [6, 0],
      [5, 5],
    ]);
  });

  it('drops points that fall in line between their neighbours on the grid', () => {
    expect(
      quantizeRing([
        [0, 0],
        [2.1, 0.9],
        [4, 2],
        [4, 4.4],
        [3.6, 6],
        [0, 6],
        [0, 3],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [4, 2],
      [4, 6],
      [0, 6],
    ]);
  });

  it('drops in-line points where a closed ring wraps around, but not in open lines', () => {
    const ring = [
      [5, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ] as const;
    expect(quantizeRing(ring)).toEqual([
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
    expect(quantizeRing(ring, false)).toEqual(ring);
  });

  it('keeps every rounded point on the outline it draws', () => {
    // Small integers make points in line (the case being tested) common.
    const coordinate = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 4, noNaN: true }));
    const onSegment = (p: Point, a: Point, b: Point) =>
      (p[0] - a[0]) * (b[1] - a[1]) === (p[1] - a[1]) * (b[0] - a[0]) &&
      Math.min(a[0], b[0]) <= p[0] &&
      p[0] <= Math.max(a[0], b[0]) &&
      Math.min(a[1], b[1]) <= p[1] &&
      p[1] <= Math.max(a[1], b[1]);
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 3, maxLength: 20 }), (ring) => {
        const q = quantizeRing(ring);
        fc.pre(q.length >= 3);
        for (const [x, y] of ring) {
          const p: Point = [Math.round(x), Math.round(y)];
          expect(q.some((a, i) => onSegment(p, a, q[(i + 1) % q.length]!))).toBe(true);
        }
      }),
    );
  });

  it('keeps a spike that turns back, as it is part of the outline', () => {
    expect(
      quantizeRing([
        [0, 0],
        [10, 0],
        [15, 0],
        [12, 0],
        [10, 10],
      ]),
    ).toEqual([
      [0, 0],
      [15, 0],
      [12, 0],
      [10, 10],
    ]);
  });
});

describe('encodeRings', () => {
  const square = [
    [10, 10],
    [20, 10],
    [20, 20],
    [10, 20],
    [10, 10],
  ] as const;
  const far = [
    [100, 5],
    [110, 5],
    [105, 15],
  ] as const;

  it('writes an absolute start and relative steps', () => {
    expect(encodeRings([square])).toBe('M10 10l10 0 0 10-10 0z');
  });

  it('starts later rings with a relative move and implicit relative lines', () => {
    expect(encodeRings([square, far])).toBe('M10 10l10 0 0 10-10 0zm90-5 10 0-5 10z');
  });

  it('round-trips through decodePath', () => {
    const d = encodeRings([square, far]);
    expect(decodePath(d)).toEqual([
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
      ],
      [
        [100, 5],
        [110, 5],
        [105, 15],
      ],
    ]);
  });

  it('decodes to the quantized rings, whatever the rings', () => {
    const coordinate = fc.oneof(
      fc.integer({ min: 0, max: 4 }),
      fc.double({ min: 0, max: 1050, noNaN: true }),
    );
    const ring = fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 30 });
    for (const closed of [true, false])
      fc.assert(
        fc.property(fc.array(ring, { maxLength: 5 }), (rings) => {
          const expected = rings
            .map((r) => quantizeRing(r, closed))
            .filter((q) => q.length >= (closed ? 3 : 2));
          expect(decodePath(encodeRings(rings, closed))).toEqual(expected);
        }),
      );
  });

  it('drops rings that collapse below three points', () => {
    expect(
      encodeRings([
        [
          [0, 0],
          [0.1, 0.1],
          [0.2, 0],
        ],
      ]),
    ).toBe('');
  });

  it('keeps open lines open', () => {
    const d = encodeRings(
      [
        [
          [0, 0],
          [3, 4],
        ],
      ],
      false,
    );
    expect(d).toBe('M0 0l3 4');
  });
});
