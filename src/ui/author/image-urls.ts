/**
 * Author mode shows a scenario's portraits and images from the files the author
 * picked: nothing is uploaded and the app's server has no copy, so each image is
 * given a `blob:` URL of its bytes (allowed by the CSP's `img-src 'self' blob:`;
 * an SVG shown in `<img>` never runs script). The URLs of a check are revoked when a
 * newer check replaces it.
 */
import type { PickedFile } from '../authoring';
import { usesImages, withImageSources } from '../../check/image-sources';
import type { AuthorCheck } from './work/protocol';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  avif: 'image/avif',
};

export interface ShownImages {
  result: AuthorCheck;
  /** The `blob:` URLs made for this check, to revoke when it is no longer shown. */
  urls: string[];
}

/** The check with each compiled scenario's image sources turned into `blob:` URLs of the picked files. */
export function withPickedImages(result: AuthorCheck, files: readonly PickedFile[]): ShownImages {
  const urls: string[] = [];
  const scenarios = result.scenarios.map((s) => {
    if (!s.compiled || !usesImages(s.compiled)) return s;
    const compiled = withImageSources(s.compiled, (src) => {
      const file = files.find((f) => f.bytes && f.path.endsWith(`${s.folder}/${src}`));
      if (!file?.bytes) return src;
      const type = TYPES[src.split('.').pop()?.toLowerCase() ?? ''] ?? '';
      const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type }));
      urls.push(url);
      return url;
    });
    return { ...s, compiled };
  });
  return { result: urls.length > 0 ? { ...result, scenarios } : result, urls };
}
