import { describe, expect, it } from 'vitest';
import { MAP, insetPlacement, leaderLine } from './map';

describe('map geometry', () => {
  it('keeps the inset inside the main map and clear of the Hong Kong locator', () => {
    const { insetBox, locator, width, height } = MAP.main;
    expect(insetBox.x + insetBox.width).toBeLessThanOrEqual(width);
    expect(insetBox.y + insetBox.height).toBeLessThanOrEqual(height);
    expect(insetBox.x).toBeGreaterThan(locator.x + locator.width);
  });

  it('draws the leader line from the locator to the inset', () => {
    const line = leaderLine(MAP);
    expect(line.x2).toBeGreaterThan(line.x1);
  });

  it('places the inset by percentages', () => {
    const p = insetPlacement(MAP);
    expect(p.left).toMatch(/^\d+(\.\d+)?%$/);
    expect(parseFloat(p.left) + parseFloat(p.width)).toBeLessThanOrEqual(100);
  });

  it('has every shape of the map', () => {
    for (const d of [
      MAP.main.mainland,
      MAP.main.hongKong,
      MAP.main.taiwan,
      MAP.inset.hongKong,
      MAP.inset.mainland,
    ])
      expect(d).toMatch(/^M\d/);
  });
});
