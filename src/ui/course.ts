/**
 * The course the app serves: its index (cards, diagnostics) from the first bundle,
 * and each compiled scenario loaded on demand with its player, its saved runs
 * reconciled once against the version being served. The engine (XState) comes with
 * the first scenario loaded, in its own chunk: the library needs none of it, and a
 * deep link asks for both at once (`preloadScenario`) before the app's first render.
 * Issue 18: the hooks give the scenario and the taxonomy in the learner's language
 * (`useLanguage()`), from their translation chunks, or the source's words where there is
 * none; a run is the same run in every language (same ids and contentHash), so saved runs
 * are reconciled once per scenario, on its source's player.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { CompiledScenario, CourseEntry, CourseIndex, Taxonomy } from '../contract';
import type { Player } from '../engine';
import {
  reconcile,
  reconcileEditing,
  servedBy,
  type ScenarioVersion,
  type Served,
} from '../progress';
import type { ProgressStore } from './store';
import { taxonomyIn, translationLoader, type CourseTranslations } from './course-translations';
import { useLanguage } from './i18n/language';
import { SOURCE_LANGUAGE } from '../contract';

export interface Course extends CourseTranslations {
  index: CourseIndex;
  /** On the dev server: runs an edit broke continue from their last good step. */
  authoring?: boolean;
  loaders: Record<string, () => Promise<{ default: CompiledScenario | null }>>;
  /** The course's behaviour taxonomy, in its own chunk: only the debrief and the profile read it. */
  taxonomy: () => Promise<Taxonomy | undefined>;
}

export const CourseContext = createContext<Course | null>(null);

export function useCourse(): Course {
  const course = useContext(CourseContext);
  if (!course) throw new Error('useCourse needs a CourseContext provider');
  return course;
}

/** The course's taxonomy: `ready` once its chunk is here (a course may have none). */
export type TaxonomyState = { ready: false } | { ready: true; taxonomy: Taxonomy | undefined };

const taxonomies = new WeakMap<Course, Map<string, Promise<Taxonomy | undefined>>>();

/** The course's taxonomy in `lang` (default: its source's words), fetched once (again after a failure). */
export function taxonomyOf(course: Course, lang = SOURCE_LANGUAGE): Promise<Taxonomy | undefined> {
  const known = taxonomies.get(course) ?? new Map<string, Promise<Taxonomy | undefined>>();
  taxonomies.set(course, known);
  let taxonomy = known.get(lang);
  if (!taxonomy) {
    taxonomy =
      lang === SOURCE_LANGUAGE ? course.taxonomy() : taxonomyIn(course, taxonomyOf(course), lang);
    known.set(lang, taxonomy);
  }
  return taxonomy;
}

/** Start fetching the taxonomy before the page that reads it asks. */
export function preloadTaxonomy(course: Course): void {
  taxonomyOf(course).catch(() => undefined);
}

/** The course's taxonomy for a page that reads it; pages show "Loading…" until it is ready. */
export function useTaxonomy(course: Course): TaxonomyState {
  const lang = useLanguage();
  const [state, setState] = useState<{
    course: Course;
    lang: string;
    value: TaxonomyState;
    error?: unknown;
  }>({ course, lang, value: { ready: false } });
  useEffect(() => {
    let live = true;
    taxonomyOf(course, lang).then(
      (taxonomy) => live && setState({ course, lang, value: { ready: true, taxonomy } }),
      (error: unknown) => {
        // Not kept: "Try again" on the page that failed fetches it afresh.
        taxonomies.delete(course);
        if (live) setState({ course, lang, value: { ready: false }, error });
      },
    );
    return () => {
      live = false;
    };
  }, [course, lang]);
  const current = state.course === course && state.lang === lang;
  // A chunk that could not be fetched is the page's failure (its error boundary offers a retry).
  if (current && state.error !== undefined) throw state.error;
  return current ? state.value : { ready: false };
}

export type Loaded =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; player: Player };

/**
 * A scenario loaded: its player (in a language), its version for reconciling saved runs
 * with, and the player of its source's words, which reconciliation is keyed on.
 */
interface Ready {
  player: Player;
  version: ScenarioVersion;
  source: Player;
}

/** Players by course, then scenario id (and language): each is fetched and built once. */
const playersOf = new WeakMap<Course, Map<string, Promise<Ready | undefined>>>();
/** Which scenarios (by their source's player) each store has reconciled its saved runs with. */
const reconciledBy = new WeakMap<ProgressStore, WeakSet<Player>>();

/** Scenario `id` in `lang`: the source's player, or one built on its translation into `lang`. */
function loadPlayer(
  course: Course,
  id: string,
  lang = SOURCE_LANGUAGE,
): Promise<Ready | undefined> {
  const translation = translationLoader(course, id, lang);
  if (!translation) return loadSource(course, id);
  const players = playersOf.get(course) ?? new Map<string, Promise<Ready | undefined>>();
  playersOf.set(course, players);
  const key = `${id}\n${lang}`;
  const known = players.get(key);
  if (known) return known;
  const promise = Promise.all([loadSource(course, id), translation(), loadEngine()]).then(
    ([ready, module, engine]) => {
      if (!ready || !module.default) return ready;
      const scenario = engine.translateScenario(ready.player.scenario, module.default);
      return { ...ready, player: engine.createPlayer(scenario) };
    },
  );
  players.set(key, promise);
  return promise;
}

function loadSource(course: Course, id: string): Promise<Ready | undefined> {
  const players = playersOf.get(course) ?? new Map<string, Promise<Ready | undefined>>();
  playersOf.set(course, players);
  const known = players.get(id);
  if (known) return known;
  // An own key only: `#/s/constructor` must not find Object's constructor as a loader.
  const loader = Object.hasOwn(course.loaders, id) ? course.loaders[id] : undefined;
  const promise = loader
    ? Promise.all([loader(), loadEngine()]).then(([module, engine]) => {
        if (!module.default) return undefined;
        const player = engine.createPlayer(module.default);
        const { id: scenarioId, contentHash } = player.scenario;
        // The scenario's current version, with a replay that shares the work of common prefixes.
        const version = { id: scenarioId, contentHash, replays: engine.prover(player) };
        return { player, version, source: player };
      })
    : Promise.resolve(undefined);
  players.set(id, promise);
  return promise;
}

/** The engine's chunk, fetched once. */
let engineChunk: Promise<typeof import('../engine')> | undefined;
const loadEngine = () => (engineChunk ??= import('../engine'));

/** Start fetching scenario `id` (its chunk and the engine) before a page asks for it. */
export function preloadScenario(course: Course, id: string): void {
  // A failure is the page's to report when it asks; nothing is lost by asking early.
  loadPlayer(course, id).catch(() => undefined);
}

/** Load scenario `id`; the first time, replay its saved runs on this version. */
export function useScenario(course: Course, store: ProgressStore, id: string): Loaded {
  const lang = useLanguage();
  const key = `${id}\n${lang}`;
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded }>({
    key,
    value: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    loadPlayer(course, id, lang).then(
      (ready) => {
        if (!live) return;
        const player = ready?.player;
        const reconciled = reconciledBy.get(store) ?? new WeakSet<Player>();
        reconciledBy.set(store, reconciled);
        // Once per scenario, whatever the language: a translation is the same run's words.
        if (ready && player && !reconciled.has(ready.source)) {
          reconciled.add(ready.source);
          const served = servedBy(course.index, [ready.version]);
          // One store update: on the dev server an edit's broken run also continues.
          const settle = course.authoring ? reconcileEditing : reconcile;
          store.report((progress, now) => settle(progress, served, now));
        }
        setLoaded({ key, value: player ? { status: 'ready', player } : { status: 'missing' } });
      },
      () => live && setLoaded({ key, value: { status: 'missing' } }),
    );
    return () => {
      live = false;
    };
  }, [course, store, id, lang, key]);
  return loaded.key === key ? loaded.value : { status: 'loading' };
}

/**
 * The course's entry for scenario `id` when that scenario is broken: its folder is in the
 * course (a scenario's id is its folder's name) but it has no card, only diagnostics.
 */
export function brokenEntry(index: CourseIndex, id: string): CourseEntry | undefined {
  return index.scenarios.find((s) => !s.card && s.folder === id);
}

/** At start: tell the learner once about saved runs of scenarios this course no longer serves. */
export function reportMissingScenarios(index: CourseIndex, store: ProgressStore): void {
  store.report((progress, now) => reconcile(progress, servedBy(index), now));
}

/** What the course serves, with every playable scenario loaded to replay logs on (an import proves its runs on these). */
export async function servedScenarios(course: Course): Promise<Served> {
  const ids = course.index.scenarios.flatMap((s) => (s.card ? [s.card.id] : []));
  const loaded = await Promise.all(ids.map((id) => loadPlayer(course, id).catch(() => undefined)));
  return servedBy(
    course.index,
    loaded.flatMap((ready) => (ready ? [ready.version] : [])),
  );
}

/** Load several scenarios (for the profile, across every run); each entry undefined while loading or missing. */
export function usePlayers(course: Course, ids: readonly string[]): Map<string, Player> {
  const lang = useLanguage();
  const key = `${lang}:${[...new Set(ids)].sort().join('|')}`;
  const [players, setPlayers] = useState<{ key: string; map: Map<string, Player> }>({
    key: '',
    map: new Map(),
  });
  useEffect(() => {
    let live = true;
    const list = key.slice(key.indexOf(':') + 1);
    const wanted = list ? list.split('|') : [];
    Promise.all(
      wanted.map((id) =>
        loadPlayer(course, id, lang).then((ready) => [id, ready?.player] as const),
      ),
    ).then(
      (entries) => {
        if (!live) return;
        const map = new Map<string, Player>();
        for (const [id, player] of entries) if (player) map.set(id, player);
        setPlayers({ key, map });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [course, key, lang]);
  return players.key === key ? players.map : new Map();
}
