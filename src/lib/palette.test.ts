import { describe, expect, it } from 'vitest';
import { STATUSES } from './data/schema';
import { STATIC_PALETTE } from './palette';

describe('STATIC_PALETTE', () => {
  it('gives every status its own colour, none the background', () => {
    const colours = STATUSES.map((s) => STATIC_PALETTE.status[s]);
    expect(new Set(colours).size).toBe(STATUSES.length);
    expect(colours).not.toContain(STATIC_PALETTE.bg);
  });
});
