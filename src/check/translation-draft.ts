/**
 * Issue 18: what `npm run scenario -- translate` writes, `scenario.<lang>.md` for a
 * translator: the source's structure and text with a lock under every heading, to be
 * replaced with the translation. Given the translation as it is, it keeps every part the
 * translator wrote (a stale part keeps its old lock, for `check` to warn about), inserts
 * what is missing at its place in scenario.md's order, and keeps parts scenario.md no
 * longer has next to where they were: it never drops text. Running it twice gives the
 * same file. Pure: the CLI reads and writes the files.
 */
import { stringify } from 'yaml';
import type { CompiledScenario } from '../contract';
import { translationOutline, type Outline } from '../compiler/translation-outline';
import { sourceParts, type SourceScene } from '../compiler/translation-parts';

export interface TranslationDraft {
  text: string;
  /** Parts written from scenario.md, to translate. */
  added: number;
  /** Parts kept whose lock names older source text. */
  stale: number;
  /** Parts kept that scenario.md does not have. */
  extra: number;
  /** Parts kept (translated or not) with no lock. */
  unlocked: number;
}

/** Why nothing can be written: what to fix in the translation first. */
export interface DraftRefusal {
  refused: string;
}

/**
 * The draft, or why none is written: a front matter that cannot be read, or text that
 * hides the parts after it (a code block or an HTML comment never closed), which would
 * swallow every part inserted below it and so grow the file on every run.
 */
export function translationDraft(
  compiled: CompiledScenario,
  existing?: { path: string; text: string },
): TranslationDraft | DraftRefusal {
  const draft = draftOf(compiled, existing);
  if (!draft)
    return {
      refused:
        'its front matter cannot be read. Run "npm run check" on the scenario folder to see why, fix it, then run translate again.',
    };
  const again = draftOf(compiled, { path: existing?.path ?? 'scenario.md', text: draft.text });
  if (again?.text !== draft.text)
    return {
      refused:
        'some of its text hides the parts after it, so they cannot be found again: probably a code block (```) or an HTML comment (<!--) that is never closed. Close it, then run translate again.',
    };
  return draft;
}

function draftOf(
  compiled: CompiledScenario,
  existing?: { path: string; text: string },
): TranslationDraft | undefined {
  const outline = existing ? translationOutline(existing.path, existing.text) : undefined;
  if (existing && !outline) return undefined;
  const parts = sourceParts(compiled);
  const draft: TranslationDraft = { text: '', added: 0, stale: 0, extra: 0, unlocked: 0 };
  const chunks: string[] = [];
  const keep = (from: number, to: number, lock: string | undefined, expected?: string) => {
    const text = (outline as Outline).lines
      .slice(from - 1, to - 1)
      .join('\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      // Only blank lines go: a translator's trailing spaces are their text (a Markdown line break).
      .replace(/(?:\n[ \t]*)+$/, '');
    if (text.trim() === '') return false;
    chunks.push(text);
    if (expected === undefined) draft.extra++;
    else if (lock === undefined) draft.unlocked++;
    else if (lock !== expected) draft.stale++;
    return true;
  };
  const add = (text: string) => {
    chunks.push(text);
    draft.added++;
  };
  if (!outline || !keep(outline.front.from, outline.front.to, outline.front.lock, parts.frontHash))
    add(frontMatter(compiled, parts.frontHash));
  const briefingKept =
    outline &&
    keep(
      outline.briefing.from,
      outline.briefing.to,
      outline.briefing.lock,
      parts.briefing === '' ? undefined : parts.briefingHash,
    );
  if (!briefingKept && parts.briefing !== '')
    add(`<!-- source: ${parts.briefingHash} -->\n\n${parts.briefing}`);
  const scenes = outline?.scenes ?? [];
  const known = new Set(parts.scenes.map((s) => s.id));
  const emitted = new Set<number>();
  /** Scenes scenario.md does not have, kept right after the scene they followed. */
  const extrasAfter = (index: number) => {
    for (
      let k = index + 1;
      k < scenes.length && !known.has((scenes[k] as (typeof scenes)[number]).id);
      k++
    ) {
      const s = scenes[k] as (typeof scenes)[number];
      if (!emitted.has(k) && keep(s.from, s.to, s.lock)) emitted.add(k);
    }
  };
  extrasAfter(-1);
  for (const src of parts.scenes) {
    const index = scenes.findIndex((s, k) => s.id === src.id && !emitted.has(k));
    const scene = scenes[index];
    if (!scene) {
      add(sceneText(src));
      for (const c of src.choices) add(choiceText(c));
      continue;
    }
    emitted.add(index);
    keep(scene.from, scene.proseTo, scene.lock, src.hash);
    const events = new Set(src.choices.map((c) => c.event));
    const used = new Set<number>();
    const choiceExtrasAfter = (at: number) => {
      for (
        let k = at + 1;
        k < scene.choices.length &&
        !events.has((scene.choices[k] as (typeof scene.choices)[number]).event);
        k++
      ) {
        const c = scene.choices[k] as (typeof scene.choices)[number];
        if (!used.has(k) && keep(c.from, c.to, c.lock)) used.add(k);
      }
    };
    choiceExtrasAfter(-1);
    for (const sc of src.choices) {
      const k = scene.choices.findIndex((c, j) => c.event === sc.event && !used.has(j));
      const choice = scene.choices[k];
      if (!choice) {
        add(choiceText(sc));
        continue;
      }
      used.add(k);
      keep(choice.from, choice.to, choice.lock, sc.hash);
      choiceExtrasAfter(k);
    }
    // Duplicates of a choice (check reports them) are kept too.
    scene.choices.forEach((c, k) => {
      if (!used.has(k) && keep(c.from, c.to, c.lock)) used.add(k);
    });
    extrasAfter(index);
  }
  scenes.forEach((s, k) => {
    if (!emitted.has(k)) keep(s.from, s.to, s.lock);
  });
  draft.text = `${chunks.join('\n\n')}\n`;
  return draft;
}

function frontMatter(compiled: CompiledScenario, hash: string): string {
  const words: Record<string, unknown> = {
    source: hash,
    title: compiled.title,
    summary: compiled.summary,
  };
  if (compiled.metrics.length > 0)
    words.metrics = Object.fromEntries(compiled.metrics.map((m) => [m.id, m.label]));
  if (compiled.characters?.length)
    words.characters = Object.fromEntries(
      compiled.characters.map((c) => [c.id, { name: c.name, ...(c.role ? { role: c.role } : {}) }]),
    );
  return `---\n${stringify(words, { lineWidth: 0 }).trimEnd()}\n---`;
}

function sceneText(src: SourceScene): string {
  const heading = `## ${src.id}${src.title ? `: ${src.title}` : ''}`;
  return `${heading}\n<!-- source: ${src.hash} -->${src.prose ? `\n\n${src.prose}` : ''}`;
}

function choiceText(c: SourceScene['choices'][number]): string {
  return `### ${c.event}\n<!-- source: ${c.hash} -->\n\n${c.label}${c.coaching ? `\n\n${c.coaching}` : ''}`;
}
