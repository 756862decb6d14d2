/**
 * Format v1.1: image files from the scenario's own `assets/` folder, in prose
 * (`![alt](assets/file.webp)` alone in its paragraph) and as characters' portraits.
 * The compiler stays pure: callers pass the folder's files as `ScenarioInput.assets`;
 * here each used path is checked (inside `assets/`, present, a type browsers show
 * without running script, measurable) and its width and height filled in, so the app
 * reserves the space before the image loads. Costs nothing when no image is used.
 */
import { imageSize } from 'image-size';
import type { Asset, Block, Diagnostic, Range, Worded } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { words } from '../i18n/diagnostic-words';
import type { Body, Span } from './body';
import type { CharacterEntry } from './characters';
import type { SourceFile } from './source';
import { q } from './quote';

/** One file of the scenario folder, its path relative to the folder (`assets/adaeze.svg`). */
export interface AssetFile {
  path: string;
  bytes: Uint8Array;
}

const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg', 'avif'];
const LARGE_IMAGE_BYTES = 300 * 1024;

/** Each used asset path → the measured asset and its bytes (for the hash and the build). */
export type UsedAssets = Map<string, { asset: Asset; bytes: Uint8Array }>;

type Problem = { code: 'CB431' | 'CB432' | 'CB433' | 'CB434'; words: Worded };

/** `assets/…` for a path inside the folder, else why not. */
function insideAssets(src: string): string | Problem {
  const path = src.trim().replace(/^\.\//, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//'))
    return {
      code: 'CB431',
      words: words('diagnostics.CB431.webAddress', { src: q(src) }),
    };
  const parts = path.split('/');
  if (path.startsWith('/') || path.includes('\\') || parts.includes('..') || parts[0] !== 'assets')
    return {
      code: 'CB431',
      words: words('diagnostics.CB431.outside', { src: q(src) }),
    };
  return parts.filter((p) => p !== '' && p !== '.').join('/');
}

function measure(path: string, files: Map<string, Uint8Array>): Asset | Problem {
  const bytes = files.get(path);
  if (!bytes)
    return {
      code: 'CB432',
      words: words('diagnostics.CB432.noFile', { path: q(path) }),
    };
  const ext = (/\.([a-z0-9]+)$/i.exec(path)?.[1] ?? '').toLowerCase();
  if (!IMAGE_TYPES.includes(ext))
    return {
      code: 'CB433',
      words: words('diagnostics.CB433.notImage', { path: q(path) }),
    };
  try {
    const size = imageSize(bytes);
    if (size.width > 0 && size.height > 0)
      return { src: path, width: size.width, height: size.height, bytes: bytes.length };
  } catch {
    // Reported below: the file cannot be measured.
  }
  return {
    code: 'CB434',
    words:
      ext === 'svg'
        ? words('diagnostics.CB434.svg', { path: q(path) })
        : words('diagnostics.CB434.damaged', { path: q(path), type: ext.toUpperCase() }),
  };
}

function spans(body: Body): Span[] {
  return [
    body.briefing,
    ...body.sections.flatMap((s) => [s.prose, ...s.choices.map((c) => c.coaching)]),
  ];
}

function imagesOf(blocks: Block[], out: Extract<Block, { t: 'img' }>[] = []) {
  for (const block of blocks) {
    if (block.t === 'img') out.push(block);
    else if (block.t === 'quote') imagesOf(block.c, out);
    else if (block.t === 'list') block.items.forEach((item) => imagesOf(item, out));
  }
  return out;
}

/**
 * Check every image and portrait; fill in each `img` block's size. Returns the used
 * assets (by path); `portraits` maps character id → its asset.
 */
export function checkImages(
  file: SourceFile,
  body: Body,
  characters: CharacterEntry[],
  assets: readonly AssetFile[] | undefined,
  diagnostics: Diagnostic[],
): { used: UsedAssets; portraits: Map<string, Asset> } {
  const used: UsedAssets = new Map();
  const portraits = new Map<string, Asset>();
  let files: Map<string, Uint8Array> | undefined;
  const resolve = (src: string, range: Range, portrait: boolean): Asset | undefined => {
    files ??= new Map((assets ?? []).map((a) => [a.path, a.bytes]));
    const path = insideAssets(src);
    const result = typeof path === 'string' ? measure(path, files) : path;
    if ('code' in result) {
      const code =
        portrait && result.code !== 'CB433' && result.code !== 'CB434' ? 'CB113' : result.code;
      diagnostics.push(diagnostic(code, file.path, range, result.words));
      return undefined;
    }
    if (result.bytes > LARGE_IMAGE_BYTES && !used.has(result.src))
      diagnostics.push(
        diagnostic(
          'CB435',
          file.path,
          range,
          words('diagnostics.CB435.large', {
            src: q(result.src),
            size: String(Math.round(result.bytes / 1024)),
          }),
        ),
      );
    used.set(result.src, { asset: result, bytes: files.get(result.src) as Uint8Array });
    return result;
  };
  for (const character of characters) {
    if (!character.portrait) continue;
    const asset = resolve(character.portrait, character.portraitRange ?? character.range, true);
    if (asset) portraits.set(character.id, asset);
  }
  // Every image in prose is written "![…": without one, v1 scenarios pay no walk.
  if (!file.text.includes('![')) return { used, portraits };
  for (const span of spans(body)) {
    const images = imagesOf(span.blocks);
    let cursor = span.start;
    for (const image of images) {
      const found = file.text.indexOf(`](${image.src}`, cursor);
      const open = found >= 0 ? file.text.lastIndexOf('![', found) : -1;
      const at = open >= 0 ? open : span.start;
      const end = found >= 0 ? found + image.src.length + 3 : at + 1;
      cursor = end;
      const range = file.range(at, end);
      if (image.alt === '') {
        diagnostics.push(diagnostic('CB430', file.path, range, words('diagnostics.CB430.noAlt')));
      }
      const asset = resolve(image.src, range, false);
      if (!asset) continue;
      image.src = asset.src;
      image.width = asset.width;
      image.height = asset.height;
    }
  }
  return { used, portraits };
}
