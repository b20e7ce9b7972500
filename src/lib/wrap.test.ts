import { describe, expect, it } from 'vitest';
import { wrap } from './wrap';

describe('wrap', () => {
  it('breaks Latin text at spaces within the width', () => {
    expect(wrap('Hong Kong’s data requests on hold', 20)).toEqual(['Hong Kong’s data', 'requests on hold']);
  });

  it('counts CJK characters double and breaks between them', () => {
    expect(wrap('香港數據請求暫停', 8)).toEqual(['香港數據', '請求暫停']);
  });

  it('keeps a word longer than the width on its own line', () => {
    expect(wrap('a Datenherausgabestopp b', 6)).toEqual(['a', 'Datenherausgabestopp', 'b']);
  });

  it('joins every line back into the text', () => {
    const text = 'Binnen einer Woche nach Inkrafttreten des Sicherheitsgesetzes';
    for (const width of [5, 12, 30, 100]) expect(wrap(text, width).join(' ')).toBe(text);
  });

  it('collapses runs of spaces and drops them at the start and end', () => {
    expect(wrap('  Hong   Kong  ', 20)).toEqual(['Hong Kong']);
    expect(wrap('', 10)).toEqual([]);
    expect(wrap(' \n ', 10)).toEqual([]);
  });

  it('mixes Latin words and CJK characters on one line by their widths', () => {
    expect(wrap('TikTok 退出香港', 8)).toEqual(['TikTok', '退出香港']);
    expect(wrap('TikTok 退出香港', 11)).toEqual(['TikTok 退出', '香港']);
  });
});
