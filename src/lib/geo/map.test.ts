import { describe, expect, it } from 'vitest';
import { decodePath } from './encode';
import { MAP, percentBox, percentPoint } from './map';

const vertices = (d: string) => decodePath(d).flat();

function bounds(d: string): { x0: number; y0: number; x1: number; y1: number } {
  const xs = vertices(d).map(([x]) => x);
  const ys = vertices(d).map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

describe('map geometry', () => {
  it('has every shape of both panels', () => {
    for (const d of [MAP.hero.hongKong, MAP.hero.land, MAP.locator.mainland, MAP.locator.taiwan])
      expect(d).toMatch(/^M\d/);
  });

  it('keeps the locator panel inside the Hong Kong panel and clear of Hong Kong', () => {
    const { locatorBox: box, width, height } = MAP.hero;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    const hidden = vertices(MAP.hero.hongKong).filter(
      ([x, y]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height,
    );
    expect(hidden).toEqual([]);
  });

  it('makes Hong Kong the large picture: its shape spans most of its panel', () => {
    const hk = bounds(MAP.hero.hongKong);
    expect((hk.x1 - hk.x0) / MAP.hero.width).toBeGreaterThan(0.6);
    expect((hk.y1 - hk.y0) / MAP.hero.height).toBeGreaterThan(0.6);
  });

  it('sets the Hong Kong label in the water below the territory', () => {
    const [x, y] = MAP.hero.hongKongLabel;
    const hk = bounds(MAP.hero.hongKong);
    expect(x).toBeLessThan(hk.x0);
    expect(y).toBeGreaterThan(MAP.hero.locatorBox.y + MAP.hero.locatorBox.height);
    expect(y).toBeLessThan(MAP.hero.height);
  });

  it('marks the Hong Kong panel on the locator near China’s south coast', () => {
    const box = MAP.locator.hongKongBox;
    const china = bounds(MAP.locator.mainland);
    expect(box.x).toBeGreaterThan(china.x0 + (china.x1 - china.x0) * 0.6);
    expect(box.y).toBeGreaterThan(china.y0 + (china.y1 - china.y0) * 0.8);
  });
});

describe('percentages for HTML over the panels', () => {
  it('turns a box and a point into CSS percentages of the panel', () => {
    expect(percentBox({ x: 30, y: 20, width: 150, height: 10 }, { width: 600, height: 400 })).toEqual({
      left: '5.00%',
      top: '5.00%',
      width: '25.00%',
    });
    expect(percentPoint([300, 100], { width: 600, height: 400 })).toEqual({ left: '50.00%', top: '25.00%' });
  });
});
