import { describe, expect, it } from 'vitest';
import { keepLanguage, withoutSourceDays } from './script';

const event = {
  id: 'x',
  text: { de: 'Text', en: 'Text (en)', 'zh-Hant': '文字' },
  sources: [{ url: 'https://example.org/a', publisher: 'Example', published: '2020-07-06' }],
};

describe('the dataset a script carries', () => {
  it('keeps only the one language of every localized text, and everything else', () => {
    expect(keepLanguage({ events: [event], title: 'T' }, 'zh-Hant')).toEqual({
      events: [{ ...event, text: { 'zh-Hant': '文字' } }],
      title: 'T',
    });
    // An object with other keys besides the languages is not a localized text.
    const mixed = { de: 'a', en: 'b', 'zh-Hant': 'c', note: 'd' };
    expect(keepLanguage(mixed, 'de')).toEqual(mixed);
  });

  it("drops every source's day and nothing else", () => {
    const data = {
      events: [event],
      baselines: [{ sources: [{ url: 'u', publisher: 'p', published: '2009' }] }],
    };
    expect(withoutSourceDays(data)).toEqual({
      events: [{ ...event, sources: [{ url: 'https://example.org/a', publisher: 'Example' }] }],
      baselines: [{ sources: [{ url: 'u', publisher: 'p' }] }],
    });
    // The input is left as it was (the published JSON is written from the same file).
    expect(event.sources[0]).toHaveProperty('published', '2020-07-06');
  });
});
