/**
 * Issue 18: the words of one part of a `scenario.<lang>.md`, read from its lines as the
 * outline found them: a scene's title (from `## id: Title`) and prose, a choice's label
 * (its first paragraph) and coaching, the briefing, the front matter's words. The lock
 * line is not text. Used to offer a translation's words to translation tools, and to keep
 * a piece a tool brought back no word for.
 */
import { parse } from 'yaml';
import type { Outline } from '../compiler/translation-outline';

export type PartKind = 'front' | 'briefing' | 'scene' | 'choice';

export interface PartPieces {
  /** A scene's title or a choice's label. */
  title?: string;
  /** Prose, coaching or the briefing. */
  body: string;
  /** The front matter's fields, as YAML reads them. */
  front?: Record<string, unknown>;
}

const LOCK_LINE = /^ {0,3}<!--\s*source:.*-->\s*$/;
const SCENE_HEADING = /^##\s+[^\s:]+(?::\s*(.*?))?\s*$/;

/** The pieces of the part on lines `from` … `to - 1` (1-based). */
export function partPieces(
  outline: Outline,
  kind: PartKind,
  part: { from: number; to: number },
): PartPieces | undefined {
  const lines = outline.lines.slice(part.from - 1, part.to - 1);
  if (kind === 'front') return frontPieces(lines);
  if (kind === 'briefing') return { body: paragraphs(lines.filter((l) => !LOCK_LINE.test(l))) };
  const [heading = '', ...rest] = lines;
  const text = paragraphs(rest.filter((l) => !LOCK_LINE.test(l)));
  if (kind === 'scene') {
    const title = SCENE_HEADING.exec(heading)?.[1];
    return { ...(title ? { title } : {}), body: text };
  }
  const split = text.search(/\n[ \t]*\n/);
  if (split < 0) return { title: text, body: '' };
  return { title: text.slice(0, split), body: text.slice(split).replace(/^\s*\n/, '') };
}

function frontPieces(lines: string[]): PartPieces | undefined {
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close < 0) return undefined;
  try {
    const front: unknown = parse(lines.slice(1, close).join('\n'));
    if (typeof front !== 'object' || front === null) return undefined;
    return { body: '', front: front as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

/** The lines as text, without the blank lines around them (trailing spaces are a translator's). */
function paragraphs(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/(?:\n[ \t]*)+$/, '');
}
