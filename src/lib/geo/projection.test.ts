import { beforeEach, describe, expect, it } from 'vitest';
import { HERO_WIDTH, LOCATOR_WIDTH, heroProjection, locatorProjection } from './projection';

// Computed in each test, not once for the file: mutation testing sees only what runs inside tests.
describe('locatorProjection', () => {
  let projection: ReturnType<typeof locatorProjection>['projection'];
  let height: number;
  beforeEach(() => {
    ({ projection, height } = locatorProjection());
  });

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
      expect(x).toBeLessThanOrEqual(LOCATOR_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it('keeps north up: Beijing is above Hong Kong', () => {
    expect(projection([116.4, 39.9])![1]).toBeLessThan(projection([114.17, 22.3])![1]);
  });
});

describe('heroProjection', () => {
  let projection: ReturnType<typeof heroProjection>['projection'];
  let height: number;
  beforeEach(() => {
    ({ projection, height } = heroProjection());
  });

  it('fits all of Hong Kong, from Lantau to Sai Kung and the Lo Wu border, inside the frame', () => {
    for (const p of [
      [113.84, 22.22],
      [114.4, 22.4],
      [114.12, 22.53],
      [114.25, 22.18],
    ] as [number, number][]) {
      const [x, y] = projection(p)!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(HERO_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
  });

  it('is wider than tall, so the picture and the controls fit one phone screen', () => {
    expect(height / HERO_WIDTH).toBeGreaterThan(0.5);
    expect(height / HERO_WIDTH).toBeLessThan(0.75);
  });
});
