/**
 * The course the app serves: its index (cards, diagnostics) from the first bundle,
 * and each compiled scenario loaded on demand with its player, its saved runs
 * reconciled once against the version being served.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { CompiledScenario, CourseEntry, CourseIndex } from '../contract';
import { createPlayer, prover, type Player } from '../engine';
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
}

export const CourseContext = createContext<Course | null>(null);

export function useCourse(): Course {
  const course = useContext(CourseContext);
  if (!course) throw new Error('useCourse needs a CourseContext provider');
  return course;
}

export type Loaded =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; player: Player };

/** Players by course, then scenario id: each scenario is fetched and built once. */
const playersOf = new WeakMap<Course, Map<string, Promise<Player | undefined>>>();
/** Which players each store has reconciled its saved runs with. */
const reconciledBy = new WeakMap<ProgressStore, WeakSet<Player>>();

function loadPlayer(course: Course, id: string): Promise<Player | undefined> {
  const players = playersOf.get(course) ?? new Map<string, Promise<Player | undefined>>();
  playersOf.set(course, players);
  const known = players.get(id);
  if (known) return known;
  // An own key only: `#/s/constructor` must not find Object's constructor as a loader.
  const loader = Object.hasOwn(course.loaders, id) ? course.loaders[id] : undefined;
  const promise = loader
    ? loader().then((module) => (module.default ? createPlayer(module.default) : undefined))
    : Promise.resolve(undefined);
  players.set(id, promise);
  return promise;
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
      (player) => {
        if (!live) return;
        const reconciled = reconciledBy.get(store) ?? new WeakSet<Player>();
        reconciledBy.set(store, reconciled);
        if (player && !reconciled.has(player)) {
          reconciled.add(player);
          const served = servedBy(course.index, [versionOf(player)]);
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
  const players = await Promise.all(ids.map((id) => loadPlayer(course, id).catch(() => undefined)));
  return servedBy(
    course.index,
    players.flatMap((player) => (player ? [versionOf(player)] : [])),
  );
}

/** The scenario's current version, with a replay that shares the work of common prefixes. */
function versionOf(player: Player): ScenarioVersion {
  const { id, contentHash } = player.scenario;
  return { id, contentHash, replays: prover(player) };
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
      wanted.map((id) => loadPlayer(course, id).then((player) => [id, player] as const)),
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
