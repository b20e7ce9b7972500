import { describe, expect, it } from 'vitest';
import { parseFragment, serializeFragment, shareUrl } from './fragment';

describe('parseFragment', () => {
  it('reads date and provider in either order', () => {
    expect(parseFragment('#hk-data-pause=2020-07-07,microsoft')).toEqual({
      date: '2020-07-07',
      provider: 'microsoft',
    });
    expect(parseFragment('#hk-data-pause=microsoft,2020-07-07')).toEqual({
      date: '2020-07-07',
      provider: 'microsoft',
    });
  });

  it('reads date or provider alone, without the #, and among other entries', () => {
    expect(parseFragment('hk-data-pause=2020-07-01')).toEqual({ date: '2020-07-01' });
    expect(parseFragment('#top=1&hk-data-pause=zoom&x=2')).toEqual({ provider: 'zoom' });
    expect(parseFragment('#hk-data-pause=2020-07-07%2Cgoogle')).toEqual({
      date: '2020-07-07',
      provider: 'google',
    });
  });

  it('ignores what is not ours or not usable', () => {
    expect(parseFragment('')).toBeNull();
    expect(parseFragment('#comments')).toBeNull();
    expect(parseFragment('#hk-data-pause=')).toBeNull();
    expect(parseFragment('#hk-data-pause=<script>,2020-13-01')).toBeNull();
    expect(parseFragment('#hk-data-pause=%E0%A4%A')).toBeNull();
    expect(parseFragment('#hk-data-pause=2020-02-30,Zoom')).toBeNull();
  });
});

describe('serializeFragment and shareUrl', () => {
  it('round-trips', () => {
    const f = { date: '2020-07-07', provider: 'microsoft' };
    expect(serializeFragment(f)).toBe('hk-data-pause=2020-07-07,microsoft');
    expect(parseFragment(`#${serializeFragment(f)}`)).toEqual(f);
    expect(serializeFragment({ provider: 'zoom' })).toBe('hk-data-pause=zoom');
  });

  it('sets our fragment on the page URL, replacing an earlier one', () => {
    expect(shareUrl('2020-07-07', 'zoom', 'https://news.example/a?x=1')).toBe(
      'https://news.example/a?x=1#hk-data-pause=2020-07-07,zoom',
    );
    expect(shareUrl('2020-07-08', 'apple', 'https://news.example/a#hk-data-pause=2020-07-07,zoom')).toBe(
      'https://news.example/a#hk-data-pause=2020-07-08,apple',
    );
    expect(shareUrl('2020-07-08', 'apple', 'https://news.example/a#comments')).toBe(
      'https://news.example/a#hk-data-pause=2020-07-08,apple',
    );
    expect(shareUrl('2020-07-08', 'apple', 'https://news.example/a#s=2')).toBe(
      'https://news.example/a#s=2&hk-data-pause=2020-07-08,apple',
    );
    expect(shareUrl('2020-07-08', 'apple', 'not a url')).toBe('#hk-data-pause=2020-07-08,apple');
  });
});
