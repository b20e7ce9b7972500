import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGeometry, serialize } from './build';

describe('geometry pipeline', () => {
  it('reproduces the committed data/geo/map.json exactly', () => {
    const committed = readFileSync(new URL('./map.json', import.meta.url), 'utf8');
    expect(serialize(buildGeometry())).toBe(committed);
  }, 60_000);
});
