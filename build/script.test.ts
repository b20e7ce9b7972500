import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'svelte/compiler';
import { PROXY_STUB, asksForProxy, keepLanguage, stacklessStaleReaction, withoutSourceDays } from './script';

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

describe("the build without Svelte's deep-state proxy", () => {
  const compiled = (script: string) =>
    compile(`<script>${script}</script><p>{value.a}</p>`, { generate: 'client', runes: true }).js.code;

  it('stops on components that would proxy a value, and passes raw state', () => {
    expect(asksForProxy(compiled('let value = $state({ a: 1 });'))).toBe(true);
    expect(asksForProxy(compiled('let value = $state.raw({ a: 1 });'))).toBe(false);
  });

  it('offers every name the runtime imports from the proxy module', () => {
    const runtime = readFileSync('node_modules/svelte/src/internal/client/index.js', 'utf8');
    const imported = new Set<string>();
    const dir = 'node_modules/svelte/src/internal/client';
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js')) continue;
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/import \{([^}]+)\} from '[./]+\/proxy\.js'/g))
        for (const name of m[1]!.split(',')) imported.add(name.trim());
    }
    expect(runtime).toContain("from './proxy.js'");
    expect([...imported].sort()).toEqual(['get_proxied_value', 'is', 'proxy']);
    for (const name of imported) expect(PROXY_STUB).toContain(`export const ${name} =`);
  });
});

describe("the build without Svelte's load-time Error", () => {
  const constants = readFileSync('node_modules/svelte/src/internal/client/constants.js', 'utf8');

  it('finds the stale-reaction Error in the installed Svelte and builds it without the constructor', () => {
    const patched = stacklessStaleReaction(constants);
    expect(patched).not.toBeNull();
    expect(patched).not.toMatch(/extends Error/);
    // Every other line stays as Svelte wrote it.
    expect(patched!.split('\n').length).toBe(constants.split('\n').length - 3);
  });

  it('keeps the reason an Error with its name and message, without a stack', () => {
    const line = stacklessStaleReaction(
      "export const STALE_REACTION = new (class StaleReactionError extends Error {\n\tname = 'StaleReactionError';\n\tmessage = 'Gone';\n})();",
    )!;
    const reason = new Function(
      `${line.replace('export const', 'const')}; return STALE_REACTION;`,
    )() as Error;
    expect(reason).toBeInstanceOf(Error);
    expect([reason.name, reason.message]).toEqual(['StaleReactionError', 'Gone']);
    expect(Object.hasOwn(reason, 'stack')).toBe(false);
  });

  it('leaves a source it does not recognise alone (the build then stops)', () => {
    expect(stacklessStaleReaction('export const STALE_REACTION = new Error();')).toBeNull();
  });
});
