/**
 * The cohort fold: statements (or normalized records) in, in any order, one at a time;
 * `result()` the `CohortInsight` at any point. What it keeps is counters and, per run, the
 * choice taken at each decision number and the run's first time, ending and duration —
 * memory grows with learners × scenarios × runs × decisions, never with statements (a
 * statement resent or read twice changes nothing: a run's decision N is one slot). A learner
 * key is kept once and runs refer to it by number; a run's slots point at shared choices. Everything
 * that needs the whole run (paths, diagnoses, first attempts, the median time) is worked
 * out in `result()` from those slots, so the order statements arrive in cannot matter.
 */
import type { ChoiceState, FoldState, SceneState, ScenarioState } from './state';
import { readStatement, type InsightRecord } from './statements';
import { summarize } from './summarize';
import type { CohortInsight, InsightFilter } from './types';

export interface Fold {
  /** Count one statement as an LRS gives it (unknown JSON); never throws. */
  add(statement: unknown): void;
  /** Count one record already normalized (from a progress file, or `readStatement`). */
  addRecord(record: InsightRecord): void;
  result(): CohortInsight;
}

const MAX_GROUP_KEYS = 20;
const MAX_GROUP_VALUES = 20;

function intern(map: Map<string, number>, key: string): number {
  let i = map.get(key);
  if (i === undefined) {
    i = map.size;
    map.set(key, i);
  }
  return i;
}

function scenarioOf(state: FoldState, record: InsightRecord): ScenarioState {
  let s = state.scenarios.get(record.activity);
  if (!s) {
    s = {
      id: record.scenario,
      activity: record.activity,
      scenes: new Map(),
      endings: new Map(),
      runs: new Map(),
    };
    state.scenarios.set(record.activity, s);
  }
  if (record.scenarioTitle && !s.title) s.title = record.scenarioTitle;
  return s;
}

function sceneOf(s: ScenarioState, id: string, title: string, at: number, n: number): SceneState {
  let scene = s.scenes.get(id);
  if (!scene) {
    scene = { id, title, titleAt: at, first: n, choices: new Map() };
    s.scenes.set(id, scene);
  }
  if (at > scene.titleAt || (at === scene.titleAt && title > scene.title))
    Object.assign(scene, { title, titleAt: at });
  scene.first = Math.min(scene.first, n);
  return scene;
}

function choiceOf(scene: SceneState, event: string, label: string): ChoiceState {
  let choice = scene.choices.get(event);
  if (!choice) {
    choice = { scene, event, label, tag: 'untagged', behaviours: [], at: 0 };
    scene.choices.set(event, choice);
  }
  return choice;
}

/** The filter with its period as times (an unreadable date keeps nothing out). */
interface Window {
  filter: InsightFilter;
  since: number;
  until: number;
}

function windowOf(filter: InsightFilter): Window {
  const time = (iso: string | undefined, none: number) => {
    const t = iso === undefined ? NaN : Date.parse(iso);
    return Number.isFinite(t) ? t : none;
  };
  return { filter, since: time(filter.since, -Infinity), until: time(filter.until, Infinity) };
}

function inFilter({ filter, since, until }: Window, r: InsightRecord): boolean {
  if (filter.scenario !== undefined && r.scenario !== filter.scenario) return false;
  if (r.at < since || r.at > until) return false;
  if (filter.group) {
    const { key, value } = filter.group;
    const has = key === 'registration' ? r.registration : r.groups.get(key);
    if (has !== value) return false;
  }
  return true;
}

function noteGroups(state: FoldState, r: InsightRecord) {
  for (const [key, value] of r.groups) {
    let values = state.groupings.get(key);
    if (!values) {
      if (state.groupings.size >= MAX_GROUP_KEYS) continue;
      values = new Set();
      state.groupings.set(key, values);
    }
    if (values.size < MAX_GROUP_VALUES) values.add(value);
  }
}

function count(state: FoldState, window: Window, r: InsightRecord) {
  noteGroups(state, r);
  if (!inFilter(window, r)) {
    state.statements.filtered += 1;
    return;
  }
  state.statements.used += 1;
  const learner = intern(state.learners, r.learner);
  const s = scenarioOf(state, r);
  if (r.kind !== 'decision' && r.kind !== 'ending') return;
  const key = `${learner}\u0000${r.run}`;
  let run = s.runs.get(key);
  if (!run) {
    run = { id: r.run, learner, firstAt: r.at, taken: [] };
    s.runs.set(key, run);
  }
  run.firstAt = Math.min(run.firstAt, r.at);
  if (r.kind === 'decision') {
    const scene = sceneOf(s, r.scene, r.sceneTitle, r.at, r.number);
    for (const o of r.offered) choiceOf(scene, o.event, o.label);
    const choice = choiceOf(scene, r.event, r.label);
    // The latest wording wins; at the same time, the greater label (so order cannot matter).
    if (r.at > choice.at || (r.at === choice.at && r.label > choice.label))
      Object.assign(choice, { label: r.label, tag: r.tag, behaviours: r.behaviours, at: r.at });
    while (run.taken.length < r.number) run.taken.push(undefined);
    run.taken[r.number - 1] = choice;
    return;
  }
  let ending = s.endings.get(r.ending);
  if (!ending) {
    ending = { id: r.ending, outcome: r.outcome };
    s.endings.set(r.ending, ending);
  }
  run.ending = ending;
  // `completed` is the run's end; `passed` / `failed` follow it and say the same ending.
  if (r.verb === 'completed' || run.endAt === undefined) {
    run.endAt = r.verb === 'completed' ? r.at : Math.min(run.endAt ?? r.at, r.at);
    if (r.durationMs !== undefined) run.durationMs = r.durationMs;
  }
}

export function createFold(filter: InsightFilter): Fold {
  const state: FoldState = {
    filter,
    learners: new Map(),
    scenarios: new Map(),
    statements: { read: 0, used: 0, skipped: 0, filtered: 0 },
    groupings: new Map(),
  };
  const window = windowOf(filter);
  const addRecord = (record: InsightRecord) => {
    state.statements.read += 1;
    count(state, window, record);
  };
  return {
    add(statement) {
      let record: InsightRecord | undefined;
      try {
        record = readStatement(statement);
      } catch {
        record = undefined;
      }
      if (record) addRecord(record);
      else {
        state.statements.read += 1;
        state.statements.skipped += 1;
      }
    },
    addRecord,
    result: () => summarize(state),
  };
}
