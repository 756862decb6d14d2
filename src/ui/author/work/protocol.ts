/**
 * What crosses between author mode's page and the worker that does its heavy work
 * (the check, the map's layout, the "from here" analysis). Everything here must
 * survive `structuredClone`: plain objects, arrays, Maps, Sets and BigInts, never
 * functions or class instances. The analysis's state graph stays in the worker; the
 * page gets the figures it shows. The page unpacks each message in one task, so the
 * worker's big answers (a 1,000-scene check or map) leave their long lists out, and
 * the page fetches those in parts of a few tens of kilobytes each (`Part`).
 */
import type { CompiledScenario, Diagnostic, Taxonomy } from '../../../contract';
import type { Analysis, Start, Usage } from '../../../engine';
import type { PickedFile } from '../../authoring';
import type { ScenarioMap, SceneMark } from '../map-model';

/** An analysis without its state graph: what the path statistics and the player show. */
export type AnalysisSummary = Omit<Analysis, 'graph' | 'arrivals'>;

/** One scenario of a checked course, as the page shows it. */
export interface CheckedScenario {
  folder: string;
  /** True when the scenario is playable (it compiles and the analysis finds no error). */
  playable: boolean;
  /** The compiled scenario even when the analysis finds errors, so its map can show them. */
  compiled?: CompiledScenario;
  /** In a worker's answer: the lists left out, fetched in batches (`WorkerApi.part`). */
  leftOut?: LeftOut;
  analysis?: AnalysisSummary;
  /** Runs through each scene and choice (what the reader and the inspector show). */
  usage?: Usage;
  /** What the analysis found at each scene. */
  marks: Map<string, SceneMark[]>;
  diagnostics: Diagnostic[];
}

export interface AuthorCheck {
  /** The check request this answers: the page shows only its newest request's answer. */
  request: number;
  diagnostics: Diagnostic[];
  taxonomy?: Taxonomy;
  scenarios: CheckedScenario[];
}

/** The "from here" figures: an analysis from a scene with chosen values, without its graph. */
export type FromHere = AnalysisSummary;

/**
 * The long lists a worker's answer leaves out: a check's scenes (a 1,000-scene
 * scenario's are some 7 MB) and its runs per scene and per choice (Maps of BigInts,
 * sent as `[key, value]` entries), a map's boxes and arrows.
 */
export type Part = 'scenes' | 'scene-usage' | 'choice-usage' | 'map-scenes' | 'map-arrows';

/** How many items of each part an answer left out. */
export type LeftOut = Partial<Record<Part, number>>;

/**
 * What the worker itself answers: the same as `AuthorWork`, except that the check's
 * and the layout's answers come without their parts (`leftOut` says how many items
 * each had), and the page fetches those in batches (`part`), each a short task of
 * its own to unpack.
 */
export interface WorkerApi {
  check: AuthorWork['check'];
  /** Items `from` to `to` (not included) of a part of scenario `folder` of check `request`. */
  part(request: number, folder: string, part: Part, from: number, to: number): Promise<unknown[]>;
  layout(
    request: number,
    folder: string,
  ): Promise<(ScenarioMap & { leftOut: LeftOut }) | undefined>;
  fromHere: AuthorWork['fromHere'];
  where: AuthorWork['where'];
}

/** Author mode's heavy work, the same async interface in a worker or in the page. */
export interface AuthorWork {
  /** Check the files as `npm run check -- --strict` does; `fallback` is the app's taxonomy. */
  check(request: number, files: PickedFile[], fallback: string | undefined): Promise<AuthorCheck>;
  /** Lay out the map of scenario `folder` of check `request`; undefined when that check is gone. */
  layout(request: number, folder: string): Promise<ScenarioMap | undefined>;
  /** Every run from `start` in scenario `folder` of check `request`, up to `limit` states. */
  fromHere(
    request: number,
    folder: string,
    start: Start,
    limit: number,
  ): Promise<FromHere | undefined>;
  /** Where the work runs: 'worker' in a Web Worker, 'page' in the page itself. */
  where(): Promise<'worker' | 'page'>;
}
