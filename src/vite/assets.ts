/**
 * Format v1.1: a scenario's images (prose `img` blocks and portraits) as the app loads
 * them. The compiled scenario says `assets/<file>` inside its folder; at build time each
 * used file is emitted once with a content-hashed name (`assets/<name>-<hash>.<ext>`,
 * relative, so `dist/` works from any folder, and allowed by CSP `img-src 'self'`); on
 * the dev server it is served from the folder itself. Always loaded with `<img>`, never
 * inlined, so script inside an SVG never runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Block, CompiledScenario } from '../contract';

export type Emit = (fileName: string, source: Uint8Array) => void;

/** A copy of `scenario` whose image `src`es point where the app finds them; the same object when it has no images. */
export function publishAssets(
  scenario: CompiledScenario,
  folder: string,
  emit: Emit | undefined,
): CompiledScenario {
  const urls = new Map<string, string>();
  const url = (src: string): string => {
    const known = urls.get(src);
    if (known) return known;
    const file = join(folder, src);
    let out = `/@fs/${file.replace(/^\//, '')}`;
    if (emit && existsSync(file)) {
      const bytes = new Uint8Array(readFileSync(file));
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
      const ext = extname(src);
      out = `assets/${basename(src, ext)}-${hash}${ext}`;
      emit(out, bytes);
    }
    urls.set(src, out);
    return out;
  };
  const hasImages = (blocks: Block[]): boolean =>
    blocks.some(
      (b) =>
        b.t === 'img' ||
        (b.t === 'quote' && hasImages(b.c)) ||
        (b.t === 'list' && b.items.some(hasImages)),
    );
  const all = [
    scenario.briefing.blocks,
    ...scenario.scenes.flatMap((s) => [s.prose.blocks, ...s.choices.map((c) => c.coaching.blocks)]),
  ];
  if (!scenario.characters?.some((c) => c.portrait) && !all.some(hasImages)) return scenario;
  const copy = structuredClone(scenario);
  const rewrite = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.t === 'img') b.src = url(b.src);
      else if (b.t === 'quote') rewrite(b.c);
      else if (b.t === 'list') b.items.forEach(rewrite);
    }
  };
  rewrite(copy.briefing.blocks);
  for (const s of copy.scenes) {
    rewrite(s.prose.blocks);
    for (const c of s.choices) rewrite(c.coaching.blocks);
  }
  for (const c of copy.characters ?? []) if (c.portrait) c.portrait.src = url(c.portrait.src);
  return copy;
}
