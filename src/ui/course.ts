/**
 * The course the app serves: its index (cards, diagnostics) from the first bundle,
 * and each compiled scenario loaded on demand with its player, its saved runs
 * reconciled once against the version being served. The engine (XState) comes with
 * the first scenario loaded, in its own chunk: the library needs none of it, and a
 * deep link asks for both at once (`preloadScenario`) before the app's first render.
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

export interface Course {
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

const taxonomies = new WeakMap<Course, Promise<Taxonomy | undefined>>();

/** The course's taxonomy, fetched once (again after a failure). */
export function taxonomyOf(course: Course): Promise<Taxonomy | undefined> {
  let taxonomy = taxonomies.get(course);
  if (!taxonomy) {
    taxonomy = course.taxonomy();
    taxonomies.set(course, taxonomy);
  }
  return taxonomy;
}

/** Start fetching the taxonomy before the page that reads it asks. */
export function preloadTaxonomy(course: Course): void {
  taxonomyOf(course).catch(() => undefined);
}

/** The course's taxonomy for a page that reads it; pages show "Loading…" until it is ready. */
export function useTaxonomy(course: Course): TaxonomyState {
  const [state, setState] = useState<{ course: Course; value: TaxonomyState; error?: unknown }>({
    course,
    value: { ready: false },
  });
  useEffect(() => {
    let live = true;
    taxonomyOf(course).then(
      (taxonomy) => live && setState({ course, value: { ready: true, taxonomy } }),
      (error: unknown) => {
        // Not kept: "Try again" on the page that failed fetches it afresh.
        taxonomies.delete(course);
        if (live) setState({ course, value: { ready: false }, error });
      },
    );
    return () => {
      live = false;
    };
  }, [course]);
  // A chunk that could not be fetched is the page's failure (its error boundary offers a retry).
  if (state.course === course && state.error !== undefined) throw state.error;
  return state.course === course ? state.value : { ready: false };
}

export type Loaded =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; player: Player };

/** A scenario loaded: its player, and its version for reconciling saved runs with. */
interface Ready {
  player: Player;
  version: ScenarioVersion;
}

/** Players by course, then scenario id: each scenario is fetched and built once. */
const playersOf = new WeakMap<Course, Map<string, Promise<Ready | undefined>>>();
/** Which players each store has reconciled its saved runs with. */
const reconciledBy = new WeakMap<ProgressStore, WeakSet<Player>>();

function loadPlayer(course: Course, id: string): Promise<Ready | undefined> {
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
        return { player, version };
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
  const [loaded, setLoaded] = useState<{ id: string; value: Loaded }>({
    id,
    value: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    loadPlayer(course, id).then(
      (ready) => {
        if (!live) return;
        const player = ready?.player;
        const reconciled = reconciledBy.get(store) ?? new WeakSet<Player>();
        reconciledBy.set(store, reconciled);
        if (ready && player && !reconciled.has(player)) {
          reconciled.add(player);
          const served = servedBy(course.index, [ready.version]);
          // One store update: on the dev server an edit's broken run also continues.
          const settle = course.authoring ? reconcileEditing : reconcile;
          store.report((progress, now) => settle(progress, served, now));
        }
        setLoaded({ id, value: player ? { status: 'ready', player } : { status: 'missing' } });
      },
      () => live && setLoaded({ id, value: { status: 'missing' } }),
    );
    return () => {
      live = false;
    };
  }, [course, store, id]);
  return loaded.id === id ? loaded.value : { status: 'loading' };
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
  const key = [...new Set(ids)].sort().join('|');
  const [players, setPlayers] = useState<{ key: string; map: Map<string, Player> }>({
    key: '',
    map: new Map(),
  });
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('|') : [];
    Promise.all(
      wanted.map((id) => loadPlayer(course, id).then((ready) => [id, ready?.player] as const)),
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
  }, [course, key]);
  return players.key === key ? players.map : new Map();
}
