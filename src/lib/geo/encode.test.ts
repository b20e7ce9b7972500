import { describe, expect, it } from 'vitest';
import { decodePath, encodeRings, quantizeRing } from './encode';

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
