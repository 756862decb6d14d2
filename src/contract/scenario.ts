/**
 * `CompiledScenario` is the one versioned, JSON-serialisable contract between the
 * compiler and everything after it (engine, debrief, progress, ui). It carries the
 * source positions of scenes and choices so that later stages (the analysis) can
 * report findings at the author's lines without importing the compiler.
 */
import type { Range } from './diagnostic';
import type { Block, Inline } from './prose';

export const COMPILED_FORMAT_VERSION = 1;

export const AUDIENCES = ['new-manager', 'experienced-manager', 'senior-leader'] as const;
export type Audience = (typeof AUDIENCES)[number];

export type Outcome = 'strong' | 'mixed' | 'weak';

/** Where something lives in the author's files (paths relative to the course folder). */
export interface SourceRef {
  file: string;
  range: Range;
}

/**
 * Prose as the author wrote it (Markdown), where it starts, and as safe blocks to render.
 * A learner build's scenario chunk keeps `blocks` alone (src/vite/learner-scenario.ts).
 */
export interface Prose {
  markdown: string;
  blocks: Block[];
  source: SourceRef;
}

/** A guard, exactly as the format names them. Only these exist. */
export type Guard =
  | { type: 'metric'; params: { name: string; atLeast?: number; atMost?: number; equals?: number } }
  | { type: 'flag'; params: { name: string } }
  | { type: 'visited'; params: { state: string } }
  | { type: 'chose'; params: { event: string } }
  | { type: 'and'; guards: Guard[] }
  | { type: 'or'; guards: Guard[] }
  | { type: 'not'; guard: Guard };

/** An action, exactly as the format names them. Only these exist. */
export type Action =
  | { type: 'adjust'; params: Record<string, number> }
  | { type: 'set'; params: Record<string, boolean> };

/** One way a choice (or an `always` route) can go: the first whose guard passes is taken. */
export interface Transition {
  target: string;
  guard?: Guard;
  actions: Action[];
  source: SourceRef;
  /** Where its guard is written in `machine.json` (when it has one). */
  guardSource?: SourceRef;
  /** Format v1.1 (cond15): the named condition the guard was written as; `guard` holds it resolved. */
  guardName?: string;
}

export interface Choice {
  /** The event name, e.g. `ASK_WHAT_HAPPENED`. */
  event: string;
  /** The button label (the first paragraph under `### EVENT`), Markdown inline text. */
  label: string;
  /** The label as safe inline content to render. */
  labelInline: Inline[];
  /** The coaching note (everything after the label), Markdown; empty when the author wrote none. */
  coaching: Prose;
  /** Behaviour ids from the taxonomy (`meta.behaviours`). */
  behaviours: string[];
  /** Guarded alternatives in order; XState takes the first whose guard passes. */
  transitions: Transition[];
  /** Where the `### EVENT` heading is in `scenario.md` (not in a learner build's chunk). */
  heading: SourceRef;
  /** Where the event is declared in `machine.json`. */
  source: SourceRef;
  /**
   * Timed decisions (format v1.1): only on the scene's `TIME_UP` choice, compiled from
   * the state's `after` — the delay in ms before the UI sends `TIME_UP`. Absent otherwise.
   */
  timeout?: number;
}

export type SceneKind = 'scene' | 'ending' | 'router';

export interface Scene {
  id: string;
  kind: SceneKind;
  /** The title after `## id:`, if any. */
  title?: string;
  /** The scene's prose (empty for routers). */
  prose: Prose;
  /** In the order of their `###` sections. */
  choices: Choice[];
  /** `always` routes, in order. */
  routes: Transition[];
  /** Endings only. */
  outcome?: Outcome;
  /** Where the state is declared in `machine.json`. */
  source: SourceRef;
  /** Where its `##` heading is in `scenario.md` (absent for routers and in a learner build's chunk). */
  heading?: SourceRef;
}

export interface Metric {
  id: string;
  label: string;
  initial: number;
}

export interface Flag {
  id: string;
  initial: boolean;
}

// --- Characters and images (format v1.1, cast15) ---

/** An image file from the scenario's `assets/` folder, measured at build time (no layout shift). */
export interface Asset {
  src: string;
  width: number;
  height: number;
  bytes: number;
}

/** One of the scenario's cast, from the front matter's `characters:`. */
export interface Character {
  id: string;
  name: string;
  role?: string;
  portrait?: Asset;
}

export interface CompiledScenario {
  formatVersion: typeof COMPILED_FORMAT_VERSION;
  id: string;
  title: string;
  summary: string;
  audience: Audience;
  minutes: number;
  showMetrics: boolean;
  shuffle: boolean;
  /** Shown before the first scene; may be empty. */
  briefing: Prose;
  metrics: Metric[];
  flags: Flag[];
  initial: string;
  /** In the order the states are declared in `machine.json`. */
  scenes: Scene[];
  /** The cast (front matter `characters:`); absent when the scenario declares none. */
  characters?: Character[];
  /**
   * Format v1.1 (cond15): `meta.conditions` of machine.json, name → resolved guard (no names
   * inside). Absent when the machine declares none.
   */
  conditions?: Record<string, Guard>;
  /** Hash of the scenario's two files and the taxonomy entries it uses; a save made on other content can tell. */
  contentHash: string;
  /**
   * Issue 18: the language of the words when they come from a translation
   * (`scenario.<lang>.md`, overlaid by `translateScenario`); absent for the source's own.
   * `contentHash` stays the source's, so saved runs replay in any language.
   */
  lang?: string;
}
