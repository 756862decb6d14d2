/**
 * What the app receives about its course, compiled at build time: a card per
 * scenario for the library (a broken scenario keeps its card, with its diagnostics,
 * while the others stay playable), and each compiled scenario loaded on demand.
 */
import type { Diagnostic } from './diagnostic';
import type { Audience } from './scenario';
import type { Taxonomy } from './taxonomy';

/** Which side of the framework a scenario mostly exercises, from its choices' behaviours. */
export type Focus = 'management' | 'leadership' | 'both';

export interface ScenarioCard {
  id: string;
  title: string;
  summary: string;
  audience: Audience;
  minutes: number;
  focus: Focus;
  /** Decisions in the shortest and longest complete run (from the analysis). */
  decisions: { shortest: number; longest: number | null };
  /**
   * Issue 18: the languages the scenario has besides its source's (from `scenario.<lang>.md`),
   * each with the card's words in it. Absent when it has none.
   */
  translations?: CardTranslation[];
}

/** A card's words in one of the scenario's translations (the source's where it has none). */
export interface CardTranslation {
  /** The translation's BCP 47 tag, lower case: `de`, `pt-br`. */
  lang: string;
  title: string;
  summary: string;
}

/** The language of a scenario's and a taxonomy's own words (scenario.md, behaviours.json). */
export const SOURCE_LANGUAGE = 'en';

export interface CourseEntry {
  folder: string;
  /** Present when the scenario compiled and can be played. */
  card?: ScenarioCard;
  diagnostics: Diagnostic[];
}

export interface CourseIndex {
  taxonomy?: Taxonomy;
  /** Issue 18: the languages `behaviours.<lang>.json` translates the taxonomy into; absent when none. */
  taxonomyLanguages?: string[];
  /** Diagnostics of the course's `behaviours.json`. */
  diagnostics: Diagnostic[];
  scenarios: CourseEntry[];
}

/**
 * On the dev server, the custom HMR event a page sends once it has loaded to ask the
 * Casebook plugin for the course's current error: the plugin answers that page alone
 * with Vite's error overlay, so every page load shows it, whoever connected first.
 */
export const ASK_FOR_COURSE_ERRORS = 'casebook:ask-for-course-errors';

/**
 * The custom HMR event that ends the plugin's answer, after the overlay when there is
 * an error: `{ errors }`, how many the course has. A page (or a test) that has it knows
 * the whole answer has arrived, including that there is nothing to show.
 */
export const COURSE_ERRORS_ANSWERED = 'casebook:course-errors-answered';
