/**
 * From the fold's state to the `CohortInsight`: per scenario its starts, completions,
 * endings and median time, each decision's choice shares, the path flow, the reading,
 * first attempts against later ones and the months; then the cohort across scenarios.
 * Every breakdown resting on fewer than `MIN_LEARNERS` distinct learners is `Suppressed`.
 * The median is exact over completed runs (one number per run, never per statement).
 */
import type { Outcome } from '../contract';
import type {
  ChoiceState,
  EndingState,
  FoldState,
  RunState,
  SceneState,
  ScenarioState,
} from './state';
import { addChoice, emptyBalance, guarded, readGroup, type LearnerChoices } from './reading';
import {
  MIN_LEARNERS,
  type ChoiceShare,
  type CohortInsight,
  type DecisionInsight,
  type MonthInsight,
  type PathFlow,
  type ScenarioInsight,
} from './types';

/** Under this share of a decision's learners, a choice is a road almost nobody takes. */
const RARE_SHARE = 0.1;

const outcomes = (): Record<Outcome, number> => ({ strong: 0, mixed: 0, weak: 0 });

/** The choices a run took, in decision order (decisions whose statement was not seen are left out). */
const takenBy = (run: RunState): ChoiceState[] =>
  run.taken.filter((c): c is ChoiceState => c !== undefined);

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const [low = 0, high = 0] = [sorted[mid - 1], sorted[mid]];
  return sorted.length % 2 === 1 ? high : Math.round((low + high) / 2);
}

const byFirst = (a: SceneState, b: SceneState) => a.first - b.first || a.id.localeCompare(b.id);

function decisionsOf(s: ScenarioState): DecisionInsight[] {
  const sceneLearners = new Map<SceneState, Set<number>>();
  const choiceLearners = new Map<ChoiceState, Set<number>>();
  const add = <K>(map: Map<K, Set<number>>, key: K, learner: number) => {
    const set = map.get(key) ?? new Set<number>();
    set.add(learner);
    map.set(key, set);
  };
  for (const run of s.runs.values())
    for (const c of takenBy(run)) {
      add(choiceLearners, c, run.learner);
      add(sceneLearners, c.scene, run.learner);
    }
  const order = [...s.scenes.values()].sort(
    (a, b) => a.first - b.first || a.id.localeCompare(b.id),
  );
  return order.map((scene) => {
    const learners = sceneLearners.get(scene)?.size ?? 0;
    return {
      scene: { id: scene.id, title: scene.title },
      learners: learners >= MIN_LEARNERS ? learners : 0,
      choices: guarded(learners, () =>
        [...scene.choices.values()]
          .map((choice): ChoiceShare => {
            const took = choiceLearners.get(choice)?.size ?? 0;
            const share = learners === 0 ? 0 : took / learners;
            return {
              event: choice.event,
              label: choice.label,
              tag: choice.tag,
              behaviours: choice.behaviours.map((b) => ({ ...b })),
              learners: took,
              share,
              rare: share < RARE_SHARE,
            };
          })
          .sort((a, b) => b.share - a.share || a.event.localeCompare(b.event)),
      ),
    };
  });
}

function pathsOf(s: ScenarioState): PathFlow {
  const links = new Map<
    string,
    { from: string; to: string; runs: number; learners: Set<number> }
  >();
  const step = (from: string, to: string, learner: number) => {
    const key = `${from}\u0000${to}`;
    const link = links.get(key) ?? { from, to, runs: 0, learners: new Set<number>() };
    link.runs += 1;
    link.learners.add(learner);
    links.set(key, link);
  };
  for (const run of s.runs.values()) {
    const t = run.taken;
    for (let n = 0; n + 1 < t.length; n++) {
      const [here, next] = [t[n], t[n + 1]];
      if (here && next) step(here.scene.id, next.scene.id, run.learner);
    }
    const last = t[t.length - 1];
    if (run.ending && last) step(last.scene.id, `ending:${run.ending.id}`, run.learner);
  }
  let hiddenRuns = 0;
  const shown: PathFlow['links'] = [];
  for (const l of links.values())
    if (l.learners.size >= MIN_LEARNERS) shown.push({ from: l.from, to: l.to, runs: l.runs });
    else hiddenRuns += l.runs;
  shown.sort((a, b) => b.runs - a.runs || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const used = new Set(shown.flatMap((l) => [l.from, l.to]));
  // Sorted by what they are, not by when their first statement came.
  const nodes: PathFlow['nodes'] = [
    ...[...s.scenes.values()]
      .filter((sc) => used.has(sc.id))
      .sort(byFirst)
      .map((sc) => ({ id: sc.id, title: sc.title })),
    ...[...s.endings.values()]
      .filter((e) => used.has(`ending:${e.id}`))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => ({ id: `ending:${e.id}`, title: e.id, outcome: e.outcome })),
  ];
  return { nodes, links: shown, hiddenRuns };
}

/** A group of runs: how many, how they ended, their balance; suppressed under MIN_LEARNERS. */
function runGroup(s: ScenarioState, runs: RunState[]) {
  const learners = new Set(runs.map((r) => r.learner)).size;
  return guarded(learners, () => {
    const out = outcomes();
    const balance = emptyBalance();
    for (const r of runs) {
      if (r.ending) out[r.ending.outcome] += 1;
      for (const c of takenBy(r)) addChoice(balance, c);
    }
    return { runs: runs.length, outcomes: out, balance };
  });
}

/** The run that ended first; at the same time, the one that started first, then by id. */
const earlier = (a: RunState, b: RunState) =>
  (a.endAt ?? a.firstAt) - (b.endAt ?? b.firstAt) ||
  a.firstAt - b.firstAt ||
  (a.id < b.id ? -1 : 1);

function attemptsOf(s: ScenarioState) {
  const completed = [...s.runs.values()].filter((r) => r.ending !== undefined);
  const firstOf = new Map<number, RunState>();
  for (const r of completed) {
    const seen = firstOf.get(r.learner);
    if (!seen || earlier(r, seen) < 0) firstOf.set(r.learner, r);
  }
  const first = new Set(firstOf.values());
  return {
    first: runGroup(s, [...first]),
    later: runGroup(
      s,
      completed.filter((r) => !first.has(r)),
    ),
  };
}

const monthOf = (at: number) => new Date(at).toISOString().slice(0, 7);

function monthsOf(s: ScenarioState): MonthInsight[] {
  const byMonth = new Map<string, RunState[]>();
  for (const r of s.runs.values()) {
    const m = monthOf(r.firstAt);
    byMonth.set(m, [...(byMonth.get(m) ?? []), r]);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const runs = byMonth.get(month) ?? [];
    const learners = new Set(runs.map((r) => r.learner)).size;
    return {
      month,
      summary: guarded(learners, () => {
        const group = runGroup(
          s,
          runs.filter((r) => r.ending !== undefined),
        );
        const done = 'runs' in group ? group : { outcomes: outcomes(), balance: emptyBalance() };
        return {
          learners,
          starts: runs.length,
          completions: runs.filter((r) => r.ending !== undefined).length,
          outcomes: done.outcomes,
          balance: done.balance,
        };
      }),
    };
  });
}

const choicesOf = (s: ScenarioState): LearnerChoices[] =>
  [...s.runs.values()].map((r) => ({ learner: r.learner, choices: takenBy(r) }));

function scenarioInsight(s: ScenarioState): ScenarioInsight {
  const runs = [...s.runs.values()];
  const completed = runs.filter((r) => r.ending !== undefined);
  const out = outcomes();
  const endingRuns = new Map<EndingState, number>();
  for (const r of completed)
    if (r.ending) {
      out[r.ending.outcome] += 1;
      endingRuns.set(r.ending, (endingRuns.get(r.ending) ?? 0) + 1);
    }
  const medianMs = median(
    completed.map((r) => r.durationMs ?? Math.max(0, (r.endAt ?? r.firstAt) - r.firstAt)),
  );
  const learners = new Set(runs.map((r) => r.learner)).size;
  return {
    id: s.id,
    activity: s.activity,
    title: s.title ?? s.id,
    learners,
    starts: runs.length,
    completions: completed.length,
    outcomes: out,
    endings: [...s.endings.values()]
      .map((e) => ({ id: e.id, outcome: e.outcome, runs: endingRuns.get(e) ?? 0 }))
      .sort((a, b) => b.runs - a.runs || a.id.localeCompare(b.id)),
    ...(medianMs !== undefined ? { medianMs } : {}),
    decisions: decisionsOf(s),
    paths: guarded(learners, () => pathsOf(s)),
    reading: readGroup(choicesOf(s)),
    attempts: attemptsOf(s),
    months: monthsOf(s),
  };
}

export function summarize(state: FoldState): CohortInsight {
  const scenarios = [...state.scenarios.values()].sort(
    (a, b) => a.id.localeCompare(b.id) || a.activity.localeCompare(b.activity),
  );
  const learners = new Set<number>();
  for (const s of scenarios) for (const r of s.runs.values()) learners.add(r.learner);
  return {
    filter: { ...state.filter },
    statements: { ...state.statements },
    learners: learners.size,
    groupings: [...state.groupings]
      .filter(([key]) => key !== 'registration')
      .map(([key, values]) => ({ key, values: [...values].sort() }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    scenarios: scenarios.map((s) => {
      const n = new Set([...s.runs.values()].map((r) => r.learner)).size;
      const insight = guarded(n, () => scenarioInsight(s));
      return 'suppressed' in insight ? { ...insight, about: s.id } : insight;
    }),
    cohort: readGroup(scenarios.flatMap(choicesOf)),
  };
}
