/**
 * Issue 18: a translation tool's work brought back into `scenario.<lang>.md`. Each part
 * with a target from the tool is written again from its pieces (the tool's words, or the
 * file's where the tool brought none) under the lock of the source text the tool was given,
 * so text translated from older English still shows as stale in `check`. Parts without a
 * target, and every line outside the parts written, stay as they are. Pure: the CLI reads
 * the XLIFF (src/cli/xliff.ts) and the files.
 */
import { parseDocument } from 'yaml';
import type { CompiledScenario } from '../contract';
import { translationOutline, type Outline } from '../compiler/translation-outline';
import { sourceParts } from '../compiler/translation-parts';
import { partPieces, type PartKind } from './translation-pieces';
import { translationDraft, type DraftRefusal } from './translation-draft';

/** A tool's word for one unit, and the lock of the source it was made from (from the unit's note). */
export interface UnitTarget {
  target: string;
  lock?: string;
}

export interface TranslationImport {
  text: string;
  /** Units whose target was written. */
  imported: number;
  /** Unit ids this scenario has no text for. */
  unknown: string[];
  /** Units refused, with why (a title over more than one line …). */
  leftOut: { id: string; why: string }[];
}

interface Part {
  kind: PartKind;
  from: number;
  to: number;
  lock: string;
  write: (words: (piece: 'title' | 'body') => string | undefined) => string;
  units: string[];
}

/** `existing` (or a fresh draft) with `targets` written in; a refusal when the file cannot be read. */
export function importTranslation(
  compiled: CompiledScenario,
  existing: { path: string; text: string } | undefined,
  targets: ReadonlyMap<string, UnitTarget>,
): TranslationImport | DraftRefusal {
  const draft = translationDraft(compiled, existing);
  if ('refused' in draft) return draft;
  const path = existing?.path ?? 'scenario.md';
  const outline = translationOutline(path, draft.text) as Outline;
  const parts = partsOf(compiled, outline);
  const paths = frontPaths(compiled);
  const known = new Set([...parts.flatMap((p) => p.units), ...Object.keys(paths)]);
  const result: TranslationImport = { text: '', imported: 0, unknown: [], leftOut: [] };
  for (const id of targets.keys()) if (!known.has(id)) result.unknown.push(id);
  const lines = [...outline.lines];
  for (const part of [...parts].sort((a, b) => b.from - a.from)) {
    const given = part.units.filter((id) => targets.has(id));
    const usable = given.filter((id) => {
      const why = refusal(id, (targets.get(id) as UnitTarget).target);
      if (why) result.leftOut.push({ id, why });
      return !why;
    });
    if (usable.length === 0) continue;
    const lock = usable.map((id) => targets.get(id)?.lock).find((l) => l !== undefined);
    const own = partPieces(outline, part.kind, part);
    const text = part.write((piece) => {
      const id = part.units.find((u) => (piece === 'title' ? TITLE : BODY).test(u));
      const target = id && usable.includes(id) ? targets.get(id)?.target : undefined;
      return target ?? (piece === 'title' ? own?.title : own?.body);
    });
    replaceCore(lines, part, lock ?? part.lock, text);
    result.imported += usable.length;
  }
  if (frontTargets(targets).length > 0)
    writeFront(lines, outline, paths, sourceParts(compiled).frontHash, targets, result);
  result.leftOut.sort((a, b) => a.id.localeCompare(b.id));
  result.text = lines.join('\n');
  return result;
}

const TITLE = /\.(title|label)$/;
const BODY = /\.(prose|coaching)$|^briefing$/;

/** The parts below the front matter, each with its units and how its text is written. */
function partsOf(compiled: CompiledScenario, outline: Outline): Part[] {
  const source = sourceParts(compiled);
  const parts: Part[] = [];
  if (source.briefing !== '')
    parts.push({
      kind: 'briefing',
      ...outline.briefing,
      lock: source.briefingHash,
      units: ['briefing'],
      write: (words) => `<!-- source: @LOCK@ -->\n\n${words('body') ?? ''}`,
    });
  for (const scene of source.scenes) {
    const at = outline.scenes.find((s) => s.id === scene.id);
    if (!at) continue;
    parts.push({
      kind: 'scene',
      from: at.from,
      to: at.proseTo,
      lock: scene.hash,
      units: [`scene.${scene.id}.title`, `scene.${scene.id}.prose`],
      write: (words) => {
        const title = words('title');
        const prose = words('body');
        return `## ${scene.id}${title ? `: ${title}` : ''}\n<!-- source: @LOCK@ -->${prose ? `\n\n${prose}` : ''}`;
      },
    });
    for (const choice of scene.choices) {
      const part = at.choices.find((c) => c.event === choice.event);
      if (!part) continue;
      const id = `choice.${scene.id}.${choice.event}`;
      parts.push({
        kind: 'choice',
        ...part,
        lock: choice.hash,
        units: [`${id}.label`, `${id}.coaching`],
        write: (words) => {
          const coaching = words('body');
          return `### ${choice.event}\n<!-- source: @LOCK@ -->\n\n${words('title') ?? ''}${coaching ? `\n\n${coaching}` : ''}`;
        },
      });
    }
  }
  return parts;
}

function refusal(id: string, target: string): string | undefined {
  if (TITLE.test(id) && /\n/.test(target.trim()))
    return 'a title or label is one line; the target has several';
  if (/^\s*#{1,6}\s/m.test(target) && !BODY.test(id))
    return 'a title or label cannot be a Markdown heading';
  if (/^ {0,3}#{2,3}\s/m.test(target))
    return 'the target has a "##" or "###" heading, which would start another scene or choice';
  return undefined;
}

/** Replace the part's lines from its first to its last non-blank one, keeping the blank lines around it. */
function replaceCore(lines: string[], part: Part, lock: string, text: string): void {
  let first = part.from - 1;
  let last = part.to - 2;
  while (first <= last && (lines[first] ?? '').trim() === '') first++;
  while (last >= first && (lines[last] ?? '').trim() === '') last--;
  lines.splice(first, last - first + 1, ...text.replace('@LOCK@', lock).split('\n'));
}

/** Where each front matter unit lives in the YAML. */
function frontPaths(compiled: CompiledScenario): Record<string, string[]> {
  const paths: Record<string, string[]> = {
    'front.title': ['title'],
    'front.summary': ['summary'],
  };
  for (const m of compiled.metrics) paths[`front.metric.${m.id}`] = ['metrics', m.id];
  for (const c of compiled.characters ?? []) {
    paths[`front.character.${c.id}.name`] = ['characters', c.id, 'name'];
    paths[`front.character.${c.id}.role`] = ['characters', c.id, 'role'];
  }
  return paths;
}

function frontTargets(targets: ReadonlyMap<string, UnitTarget>): string[] {
  return [...targets.keys()].filter((id) => id.startsWith('front.'));
}

/** The front matter's fields set from the targets (comments and order kept), and its lock. */
function writeFront(
  lines: string[],
  outline: Outline,
  paths: Record<string, string[]>,
  currentLock: string,
  targets: ReadonlyMap<string, UnitTarget>,
  result: TranslationImport,
): void {
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close < 0 || close >= outline.front.to) return;
  const doc = parseDocument(lines.slice(1, close).join('\n'));
  let lock: string | undefined;
  for (const id of frontTargets(targets)) {
    const path = paths[id];
    const given = targets.get(id) as UnitTarget;
    if (!path) continue;
    if (/\n/.test(given.target.trim())) {
      result.leftOut.push({ id, why: 'a front matter word is one line; the target has several' });
      continue;
    }
    doc.setIn(path, given.target.trim());
    lock ??= given.lock;
    result.imported++;
  }
  doc.set('source', lock ?? currentLock);
  const yaml = doc.toString({ lineWidth: 0 }).trimEnd();
  lines.splice(1, close - 1, ...yaml.split('\n'));
}
