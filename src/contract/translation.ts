/**
 * A scenario's words in another language (issue 18): what `scenario.<lang>.md` compiles
 * to. Only words: the machine, the conditions and the behaviour tags stay the source's, so
 * a run saved in one language replays in any other. Parts are listed by id (arrays, not
 * objects keyed by author names, so no id can be `__proto__`); a part the translation
 * lacks, or that did not match the source's structure, is simply absent and the source's
 * words stand in for it. The taxonomy's translation (`behaviours.<lang>.json`) is here too.
 */
import type { Block, Inline } from './prose';

/** Translated prose: the Markdown as the translator wrote it, and its safe blocks. */
export interface TranslatedProse {
  markdown: string;
  blocks: Block[];
}

export interface ChoiceTranslation {
  event: string;
  label: string;
  labelInline: Inline[];
  coaching?: TranslatedProse;
}

export interface SceneTranslation {
  id: string;
  title?: string;
  prose?: TranslatedProse;
  choices: ChoiceTranslation[];
}

export interface ScenarioTranslation {
  /** The BCP 47 tag from the file name, lower case: `de`, `pt-br`. */
  lang: string;
  title?: string;
  summary?: string;
  /** Metric id → label, for the metrics the translation labels. */
  metrics: { id: string; label: string }[];
  briefing?: TranslatedProse;
  scenes: SceneTranslation[];
  characters: { id: string; name?: string; role?: string }[];
}

export interface TaxonomyTranslation {
  lang: string;
  behaviours: { id: string; label?: string; description?: string }[];
}
