/**
 * The debrief: a pure function from (compiled scenario, run trace, taxonomy, learner
 * profile) to a `Debrief`. The same log always gives the same debrief. A run whose
 * scenario changed, or whose behaviours left the taxonomy, still gets one, with what
 * could not be read listed in `problems`, as data with codes (src/debrief/problems.ts).
 */
import { PATTERN_DOMAINS, type CompiledScenario, type Quality, type Taxonomy } from '../contract';
import { visibleBlocks, type Trace } from '../engine';
import { diagnose } from './diagnose';
import type { DebriefProblem } from './problems';
import { recommend } from './recommend';
import { behaviourIndex, optionOf } from './tag';
import { plainText } from './evidence';
import { readingOf } from './weigh';
import type {
  Balance,
  Debrief,
  DebriefDecision,
  LearnerProfileInput,
  Option,
  PatternSeen,
} from './types';

export function debrief(
  scenario: CompiledScenario,
  trace: Trace,
  taxonomy: Taxonomy | undefined,
  profile: LearnerProfileInput = {},
): Debrief {
  const index = behaviourIndex(taxonomy);
  const scenes = new Map(scenario.scenes.map((s) => [s.id, s]));
  const problems: DebriefProblem[] = [];
  const decisions: DebriefDecision[] = trace.steps.map((step) => {
    const scene = scenes.get(step.scene);
    const choice = scene?.choices.find((c) => c.event === step.event);
    const option: Option = choice
      ? optionOf(choice, index)
      : {
          event: step.event,
          label: [{ t: 'text', v: step.label }],
          tag: 'untagged',
          behaviours: [],
          unknown: [],
        };
    const alternatives = step.offered
      .filter((event) => event !== step.event)
      .flatMap((event) => {
        const other = scene?.choices.find((c) => c.event === event);
        return other ? [optionOf(other, index)] : [];
      });
    return {
      ...option,
      index: step.index,
      reading: readingOf(option.behaviours),
      scene: { id: step.scene, title: scene?.title ?? step.scene },
      // Format v1.1 (cond15): the coaching as the learner saw it, by the values on arrival.
      coaching: visibleBlocks(choice?.coaching.blocks ?? [], step.conditions ?? {}),
      metricsBefore: step.metricsBefore,
      metricsAfter: step.metricsAfter,
      alternatives,
    };
  });

  for (const d of decisions) {
    const at = { decision: d.index, choice: plainText(d.label) };
    for (const behaviour of d.unknown)
      problems.push({ code: 'unknown-behaviour', ...at, behaviour });
    if (d.behaviours.length === 0 && d.unknown.length === 0)
      problems.push({ code: 'untagged-choice', ...at });
  }
  if (trace.failure) {
    const { step, event } = trace.failure;
    problems.push({ code: 'scenario-changed', decision: step, event });
  }

  const balance: Balance = {
    management: { effective: 0, counterproductive: 0 },
    leadership: { effective: 0, counterproductive: 0 },
  };
  const patterns = new Map<string, PatternSeen>();
  const qualities: Partial<Record<Quality, number>> = {};
  for (const d of decisions) {
    for (const b of d.behaviours) {
      balance[b.domain][b.polarity] += 1;
      if (b.polarity === 'effective' && b.quality)
        qualities[b.quality] = (qualities[b.quality] ?? 0) + 1;
      if (b.polarity === 'counterproductive' && b.pattern) {
        const seen = patterns.get(b.pattern) ?? {
          pattern: b.pattern,
          side: PATTERN_DOMAINS[b.pattern],
          decisions: [],
        };
        if (!seen.decisions.includes(d.index)) seen.decisions.push(d.index);
        patterns.set(b.pattern, seen);
      }
    }
  }
  const seen = [...patterns.values()];
  const endingScene = trace.ending ? scenes.get(trace.ending.id) : undefined;
  const ending = trace.ending && {
    id: trace.ending.id,
    title: endingScene?.title ?? trace.ending.id,
    outcome: trace.ending.outcome,
  };
  const diagnosis = diagnose(
    balance,
    ending ? { scenario, decisions, ending } : { scenario, decisions },
  );
  const result: Debrief = {
    scenarioId: scenario.id,
    title: scenario.title,
    finished: trace.finished,
    decisions,
    balance,
    patterns: seen,
    qualities,
    diagnosis,
    recommendation: recommend(diagnosis, seen, profile),
    trajectory: scenario.metrics.map((m) => ({
      id: m.id,
      label: m.label,
      values: [
        decisions[0]?.metricsBefore[m.id] ?? m.initial,
        ...decisions.map((d) => d.metricsAfter[m.id] ?? m.initial),
      ],
    })),
    problems,
  };
  if (ending) result.ending = ending;
  return result;
}
