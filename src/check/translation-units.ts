/**
 * Issue 18: a translation as translation tools (memoQ, Trados, Phrase, Weblate…) want it:
 * one unit per piece of text, with the English as source and what `scenario.<lang>.md`
 * already says as target. The front matter's words, the briefing, each scene's title and
 * prose and each choice's label and coaching are units; every unit carries the lock of the
 * part it belongs to, so a translation brought back (translation-import.ts) records the
 * source text it was made from and `check` still finds what went stale since. Pure: the
 * CLI turns units into XLIFF and back (src/cli/xliff.ts).
 */
import type { CompiledScenario } from '../contract';
import { translationOutline, type Outline } from '../compiler/translation-outline';
import { sourceParts } from '../compiler/translation-parts';
import { partPieces } from './translation-pieces';

export interface TranslationUnit {
  /** `front.title`, `briefing`, `scene.opening.prose`, `choice.opening.ASK_FIRST.label` … */
  id: string;
  source: string;
  /** The translation's text for it, when the translation has its own (not the source's words). */
  target?: string;
  /** The lock of the source text: the hash the translation's part must record. */
  lock: string;
  /** The translation's part was made from older source text (its lock is another hash). */
  stale?: boolean;
}

/** Every unit of `compiled`'s text, in scenario.md's order, with `existing`'s words as targets. */
export function translationUnits(
  compiled: CompiledScenario,
  existing?: { path: string; text: string },
): TranslationUnit[] {
  const parts = sourceParts(compiled);
  const outline = existing ? translationOutline(existing.path, existing.text) : undefined;
  const units: TranslationUnit[] = [];
  const push = (
    id: string,
    source: string,
    lock: string,
    target: string | undefined,
    theirs: string | undefined,
  ) => {
    if (source === '') return;
    const unit: TranslationUnit = { id, source, lock };
    if (target !== undefined && target !== '' && target !== source) {
      unit.target = target;
      if (theirs !== lock) unit.stale = true;
    }
    units.push(unit);
  };
  const front = outline ? frontWords(outline) : undefined;
  const frontLock = outline?.front.lock;
  push('front.title', compiled.title, parts.frontHash, front?.title, frontLock);
  push('front.summary', compiled.summary ?? '', parts.frontHash, front?.summary, frontLock);
  for (const m of compiled.metrics)
    push(`front.metric.${m.id}`, m.label, parts.frontHash, front?.metrics?.[m.id], frontLock);
  for (const c of compiled.characters ?? []) {
    const theirs = front?.characters?.[c.id];
    push(`front.character.${c.id}.name`, c.name, parts.frontHash, theirs?.name, frontLock);
    push(`front.character.${c.id}.role`, c.role ?? '', parts.frontHash, theirs?.role, frontLock);
  }
  const briefing = outline && partPieces(outline, 'briefing', outline.briefing);
  push('briefing', parts.briefing, parts.briefingHash, briefing?.body, outline?.briefing.lock);
  for (const scene of parts.scenes) {
    const theirs = outline?.scenes.find((s) => s.id === scene.id);
    const own =
      theirs && partPieces(outline as Outline, 'scene', { ...theirs, to: theirs.proseTo });
    push(`scene.${scene.id}.title`, scene.title ?? '', scene.hash, own?.title, theirs?.lock);
    push(`scene.${scene.id}.prose`, scene.prose, scene.hash, own?.body, theirs?.lock);
    for (const choice of scene.choices) {
      const part = theirs?.choices.find((c) => c.event === choice.event);
      const words = part && partPieces(outline as Outline, 'choice', part);
      const id = `choice.${scene.id}.${choice.event}`;
      push(`${id}.label`, choice.label, choice.hash, words?.title, part?.lock);
      push(`${id}.coaching`, choice.coaching, choice.hash, words?.body, part?.lock);
    }
  }
  return units;
}

interface FrontWords {
  title?: string;
  summary?: string;
  metrics?: Record<string, string>;
  characters?: Record<string, { name?: string; role?: string }>;
}

function frontWords(outline: Outline): FrontWords | undefined {
  const pieces = partPieces(outline, 'front', outline.front);
  return pieces?.front as FrontWords | undefined;
}
