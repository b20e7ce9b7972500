import { describe, expect, it } from 'vitest';
import { ampMessage, optionsFromQuery, pymChildId, pymMessage } from './iframe';

describe('iframe page', () => {
  it('takes the options from the query string, and only those', () => {
    expect(
      optionsFromQuery(
        '?lang=de&provider=zoom&date=2020-07-09&theme=dark&headline=false&childId=x&initialWidth=600',
      ),
    ).toEqual({ lang: 'de', provider: 'zoom', date: '2020-07-09', theme: 'dark', headline: 'false' });
    expect(optionsFromQuery('?providers=zoom%2Capple&autoplay')).toEqual({
      providers: 'zoom,apple',
      autoplay: '',
    });
    expect(optionsFromQuery('')).toEqual({});
  });

  it('reads pym’s child id', () => {
    expect(pymChildId('?initialWidth=600&childId=graphic-1&parentTitle=x')).toBe('graphic-1');
    expect(pymChildId('?lang=de')).toBeUndefined();
  });

  it('writes the AMP and pym height messages', () => {
    expect(ampMessage(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
    expect(pymMessage('graphic-1', 812)).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx812');
  });
});
