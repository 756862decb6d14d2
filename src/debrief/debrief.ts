/**
 * The debrief: a pure function from (compiled scenario, run trace, taxonomy, learner
 * profile) to a `Debrief`. The same log always gives the same debrief. A run whose
 * scenario changed, or whose behaviours left the taxonomy, still gets one, with what
 * could not be read named plainly in `problems`.
 */
import { PATTERN_DOMAINS, type CompiledScenario, type Quality, type Taxonomy } from '../contract';
import type { Trace } from '../engine';
import { diagnose } from './diagnose';
import { recommend } from './recommend';
import { behaviourIndex, optionOf } from './tag';
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
  const problems: string[] = [];
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
      scene: { id: step.scene, title: scene?.title ?? step.scene },
      coaching: choice?.coaching.blocks ?? [],
      metricsBefore: step.metricsBefore,
      metricsAfter: step.metricsAfter,
      alternatives,
    };
  });

  for (const d of decisions) {
    for (const id of d.unknown)
      problems.push(
        `Decision ${d.index + 1} ("${plain(d)}") was tagged "${id}", which is no longer in the course's taxonomy, so that behaviour could not be read.`,
      );
    if (d.behaviours.length === 0 && d.unknown.length === 0)
      problems.push(
        `Decision ${d.index + 1} ("${plain(d)}") has no behaviour tags, so it does not count towards the balance.`,
      );
  }
  if (trace.failure) {
    problems.push(
      `The scenario has changed since this run: it could be read up to decision ${trace.failure.step}, but choice ${trace.failure.step + 1} ("${trace.failure.event}") no longer exists. The debrief covers the decisions before it.`,
    );
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
  const diagnosis = diagnose(balance);
  const endingScene = trace.ending ? scenes.get(trace.ending.id) : undefined;
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
  if (trace.ending)
    result.ending = {
      id: trace.ending.id,
      title: endingScene?.title ?? trace.ending.id,
      outcome: trace.ending.outcome,
    };
  return result;
}

function plain(option: Option): string {
  return option.label
    .map((i) =>
      i.t === 'text' || i.t === 'code'
        ? i.v
        : i.t === 'br'
          ? ' '
          : plain({ ...option, label: i.c }),
    )
    .join('');
}
