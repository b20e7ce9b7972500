import { describe, expect, it } from 'vitest';
import { INSET_WIDTH, MAIN_WIDTH, insetProjection, mainProjection } from './projection';

describe('mainProjection', () => {
  const { projection, height } = mainProjection();

  it('fits all of China inside the frame', () => {
    // Westernmost (Xinjiang), northernmost (Heilongjiang), easternmost, Hainan.
    for (const p of [
      [73.6, 39.4],
      [122.5, 53.5],
      [134.7, 48.3],
      [109.5, 18.2],
    ] as [number, number][]) {
      const [x, y] = projection(p)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAIN_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it('keeps north up: Beijing is above Hong Kong', () => {
    expect(projection([116.4, 39.9])![1]).toBeLessThan(projection([114.17, 22.3])![1]);
  });
});

describe('insetProjection', () => {
  it('puts Hong Kong island well inside the inset', () => {
    const { projection, height } = insetProjection();
    const [x, y] = projection([114.17, 22.28])!;
    expect(x).toBeGreaterThan(INSET_WIDTH / 2);
    expect(x).toBeLessThan(INSET_WIDTH);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(height);
  });
});
