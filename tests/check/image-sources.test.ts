/**
 * The one walk over a compiled scenario's images that the Vite plugin and author mode
 * share: every prose image (nested in quotes and lists too) and every portrait gets the
 * shell's URL, each distinct source asked once, and a scenario without images is
 * returned as it is.
 */
import { describe, expect, it } from 'vitest';
import { usesImages, withImageSources } from '../../src/check/image-sources';
import type { Block, CompiledScenario } from '../../src/contract';
import { inlineScenario, to } from '../support/inline-scenario';

const compileFixture = () =>
  inlineScenario({
    initial: 'a',
    context: {},
    states: { a: { on: { GO: to('b') } }, b: { type: 'final', meta: { outcome: 'strong' } } },
  });

const img = (src: string): Block => ({ t: 'img', src, alt: 'a', width: 1, height: 1 });

function withImages(base: CompiledScenario): CompiledScenario {
  const copy = structuredClone(base);
  copy.briefing.blocks.push(img('assets/desk.png'));
  copy.scenes[0]!.prose.blocks.push({ t: 'quote', c: [img('assets/desk.png')] });
  copy.scenes[0]!.prose.blocks.push({
    t: 'list',
    ordered: false,
    items: [[img('assets/map.svg')]],
  });
  copy.characters = [
    { id: 'sam', name: 'Sam', portrait: { src: 'assets/sam.svg', width: 9, height: 9, bytes: 1 } },
  ];
  return copy;
}

describe('withImageSources', () => {
  it('rewrites every image and portrait, asking once per source, and leaves the original alone', () => {
    const base = compileFixture();
    const scenario = withImages(base);
    const asked: string[] = [];
    const out = withImageSources(scenario, (src) => (asked.push(src), `u/${src}`));
    expect(asked.sort()).toEqual(['assets/desk.png', 'assets/map.svg', 'assets/sam.svg']);
    expect(out.briefing.blocks.at(-1)).toMatchObject({ src: 'u/assets/desk.png' });
    expect(JSON.stringify(out.scenes[0]!.prose.blocks)).toContain('"u/assets/map.svg"');
    expect(out.characters?.[0]?.portrait?.src).toBe('u/assets/sam.svg');
    expect(scenario.characters?.[0]?.portrait?.src).toBe('assets/sam.svg');
  });

  it('returns a scenario without images unchanged, without asking', () => {
    const base = compileFixture();
    expect(usesImages(base)).toBe(false);
    expect(withImageSources(base, () => expect.unreachable())).toBe(base);
  });
});
