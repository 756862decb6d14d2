/**
 * Format v1.1: a compiled scenario's images (prose `img` blocks and portraits) say
 * `assets/<file>` inside the scenario's folder. Each shell that shows them decides the
 * URL: the Vite plugin a hashed build file or the dev server's `/@fs/` path, author mode
 * a `blob:` URL of the file the author picked. This is the one walk over the scenario
 * that they share.
 */
import type { Block, CompiledScenario } from '../contract';

function hasImages(blocks: readonly Block[]): boolean {
  return blocks.some(
    (b) =>
      b.t === 'img' ||
      (b.t === 'quote' && hasImages(b.c)) ||
      (b.t === 'list' && b.items.some(hasImages)),
  );
}

function proseOf(scenario: CompiledScenario): Block[][] {
  return [
    scenario.briefing.blocks,
    ...scenario.scenes.flatMap((s) => [s.prose.blocks, ...s.choices.map((c) => c.coaching.blocks)]),
  ];
}

/** True when the scenario shows any image file (a portrait or an image in its prose). */
export function usesImages(scenario: CompiledScenario): boolean {
  return Boolean(scenario.characters?.some((c) => c.portrait)) || proseOf(scenario).some(hasImages);
}

/**
 * A copy of `scenario` whose image sources are `url(src)`; the same object when it shows
 * no image. `url` is asked once per distinct source.
 */
export function withImageSources(
  scenario: CompiledScenario,
  url: (src: string) => string,
): CompiledScenario {
  if (!usesImages(scenario)) return scenario;
  const urls = new Map<string, string>();
  const once = (src: string): string => {
    let known = urls.get(src);
    if (known === undefined) urls.set(src, (known = url(src)));
    return known;
  };
  const copy = structuredClone(scenario);
  const rewrite = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.t === 'img') b.src = once(b.src);
      else if (b.t === 'quote') rewrite(b.c);
      else if (b.t === 'list') b.items.forEach(rewrite);
    }
  };
  proseOf(copy).forEach(rewrite);
  for (const c of copy.characters ?? []) if (c.portrait) c.portrait.src = once(c.portrait.src);
  return copy;
}
