/**
 * The shape of a `scenario.md` body once cut into sections: what the Markdown stage
 * (markdown.ts, markdown-spans.ts) produces and linking and assembly read. Its own
 * module so those stages share the types without importing one another in a circle.
 */
import type { Token } from 'marked';
import type { Block, Inline, Range } from '../contract';

export interface Span {
  markdown: string;
  /** Offset in `file.text` of the first character of `markdown`. */
  start: number;
  /** The prose as safe blocks for the app. */
  blocks: Block[];
}

export interface ChoiceSection {
  event: string;
  heading: Range;
  label?: string;
  labelInline?: Inline[];
  labelRange?: Range;
  coaching: Span;
  /**
   * The heading had more than the event name (CB408); `event` is its first word, so
   * that if it names one of the state's events the choice still links and the author
   * hears only about the heading.
   */
  malformed?: true;
}

export interface StateSection {
  id: string;
  title?: string;
  heading: Range;
  prose: Span;
  choices: ChoiceSection[];
  /** The heading was not `## id` or `## id: Title` (CB408); `id` is its first word, as for a choice. */
  malformed?: true;
}

export interface Body {
  briefing: Span;
  sections: StateSection[];
  /**
   * `###` choices that come before any `##` section. Linking decides what to say: the
   * heading of the state they belong to may be missing above them (CB401), or they
   * are simply misplaced (CB406, see `strayChoice` in markdown.ts).
   */
  strays: ChoiceSection[];
  /** Format v1.1 (cond15): every `::: when/unless NAME`, checked once the conditions are known. */
  conditionUses?: { name: string; range: Range }[];
}

export interface Located {
  token: Token;
  start: number;
  end: number;
}
