/**
 * The widget's light theme as literal colours, for the pictures made at
 * build time (fallback SVG, social card, stills), where no stylesheet or
 * custom property applies.
 */
import type { Status } from './data/schema';

export const STATIC_PALETTE = {
  status: {
    operational: '#3a7ca5',
    paused: '#e08a00',
    blocked: '#9b1d3a',
    unavailable: '#8d8d8d',
  } satisfies Record<Status, string>,
  bg: '#ffffff',
  fg: '#1a1a1a',
  muted: '#555555',
  land: '#ebe9e4',
  context: '#d5d2cb',
  edge: '#5c5c5c',
  texture: 'rgb(255,255,255)',
} as const;
