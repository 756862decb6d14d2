/**
 * Format v1.1: a scenario's images (prose `img` blocks and portraits) as the app loads
 * them. The compiled scenario says `assets/<file>` inside its folder; at build time each
 * used file is emitted once with a content-hashed name (`assets/<name>-<hash>.<ext>`,
 * relative, so `dist/` works from any folder, and allowed by CSP `img-src 'self'`); on
 * the dev server it is served from the folder itself. The one-file course (`package
 * --format html`) carries each as a `data:` URL instead. Always loaded with `<img>`, so
 * script inside an SVG never runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { CompiledScenario } from '../contract';
import { withImageSources } from '../check';

export type Emit = (fileName: string, source: Uint8Array) => void;

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
};

/** An image as a `data:` URL, for the one-file course (which loads no other file). */
function inlineAsset(file: string): string {
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** A copy of `scenario` whose image `src`es point where the app finds them; the same object when it has no images. */
export function publishAssets(
  scenario: CompiledScenario,
  folder: string,
  emit: Emit | 'inline' | undefined,
): CompiledScenario {
  return withImageSources(scenario, (src) => {
    const file = join(folder, src);
    if (emit === 'inline' && existsSync(file)) return inlineAsset(file);
    if (!emit || emit === 'inline' || !existsSync(file)) return `/@fs/${file.replace(/^\//, '')}`;
    const bytes = new Uint8Array(readFileSync(file));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    const ext = extname(src);
    const out = `assets/${basename(src, ext)}-${hash}${ext}`;
    emit(out, bytes);
    return out;
  });
}
