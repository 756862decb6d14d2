/**
 * `scenario stats` printed: the analysis of one scenario for people, and for tools
 * (`--json`). Used by analysis-commands.ts only; the words it shares with author mode
 * (counts, ranges) come from src/check.
 */
import { formatCount, rangeLabel } from '../check';
import type { CompiledScenario } from '../contract';
import type { Analysis, Count, Growth } from '../engine';

export function statsText(scenario: CompiledScenario, analysis: Analysis): string {
  const kinds = (kind: string) => {
    const n = scenario.scenes.filter((s) => s.kind === kind).length;
    return `${n} ${kind === 'router' ? 'router' : kind}${n === 1 ? '' : 's'}`;
  };
  const list = (items: string[]) => (items.length === 0 ? 'none' : items.join(', '));
  const partial = !analysis.complete;
  const atLeast = partial ? 'at least ' : '';
  const lines = [
    `${scenario.title} (${scenario.id})`,
    `  Scenes: ${kinds('scene')}, ${kinds('router')}, ${kinds('ending')}`,
    `  States explored: ${analysis.states.toLocaleString('en')}${partial ? ' (stopped at the limit: the analysis did not follow every run, so the figures below are what it found, and what no run reaches is unknown)' : ''}`,
    ...(partial && analysis.growth ? [`  Still growing: ${growthText(analysis.growth)}`] : []),
    `  Complete runs: ${analysis.runs === 'unbounded' ? '' : atLeast}${formatCount(analysis.runs)}`,
    `  Decisions per run: ${analysis.shortest === undefined ? (partial ? 'no run finished yet' : 'no run finishes') : `${analysis.shortest} to ${partial && analysis.longest !== 'unbounded' ? `at least ${analysis.longest}` : analysis.longest}`}`,
    `  Endings reached${partial ? ' so far' : ''}:`,
  ];
  const width = Math.max(0, ...analysis.endings.map((e) => e.id.length + e.outcome.length + 3));
  for (const ending of analysis.endings) {
    const ranges = Object.entries(ending.metrics).map(([m, r]) => `${m} ${rangeLabel(r)}`);
    lines.push(
      `    ${`${ending.id} (${ending.outcome})`.padEnd(width)}  ${formatCount(ending.runs).padStart(8)} runs   ${ranges.join(', ')}`,
    );
  }
  if (analysis.endings.length === 0) lines.push('    none');
  const choices = (ids: string[]) => ids.map((c) => c.replace('#', ': '));
  const undecided = analysis.undecided;
  if (undecided) {
    const unknown = (items: string[], why: string) => {
      if (items.length === 0) return 'none';
      const more = items.length > 8 ? ` and ${items.length - 8} more` : '';
      return `unknown for ${items.slice(0, 8).join(', ')}${more} (${why} before the limit)`;
    };
    lines.push(
      `  Endings no run reaches: ${unknown(undecided.endings, 'not reached')}`,
      `  Scenes no run reaches: ${unknown(undecided.scenes, 'not reached')}`,
      `  Choices no complete run takes: ${unknown(choices(undecided.choices), 'not seen in a complete run')}`,
      `  Where a run can get stuck: ${list(analysis.stuck.map((p) => p.scene))}${analysis.stuck.length === 0 ? ' found so far' : ''}`,
      `  Where a run can go round forever: ${list(analysis.endless.map((p) => p.scene))}${analysis.endless.length === 0 ? ' found so far' : ''}`,
    );
    return lines.join('\n');
  }
  lines.push(
    `  Endings no run reaches: ${list(analysis.unreachableEndings)}`,
    `  Scenes no run reaches: ${list(analysis.unreachableScenes)}`,
    `  Choices no complete run takes: ${list(choices(analysis.untakenChoices))}`,
    `  Where a run can get stuck: ${list(analysis.stuck.map((p) => p.scene))}`,
    `  Where a run can go round forever: ${list(analysis.endless.map((p) => p.scene))}`,
  );
  return lines.join('\n');
}

/** `PUSH_THE_DATE in "stand-up" comes back with pace 1 higher each time round`. */
function growthText(g: Growth): string {
  const events = g.choices.map((c) => c.split('#')[1] ?? c).join(', then ');
  const change = g.metrics
    .map((m) => `${m.name} ${Math.abs(m.change)} ${m.change > 0 ? 'higher' : 'lower'}`)
    .join(' and ');
  return `${events} in "${g.scene}" comes back with ${change} each time round`;
}

const limit = (x: number) => (Number.isFinite(x) ? x : null);

export function statsJson(scenario: CompiledScenario, analysis: Analysis) {
  const plain = (c: Count) => (c === 'unbounded' ? c : c.toString());
  return {
    id: scenario.id,
    title: scenario.title,
    scenes: scenario.scenes.filter((s) => s.kind === 'scene').length,
    routers: scenario.scenes.filter((s) => s.kind === 'router').length,
    endingsDefined: scenario.scenes.filter((s) => s.kind === 'ending').length,
    states: analysis.states,
    complete: analysis.complete,
    runs: plain(analysis.runs),
    shortest: analysis.shortest ?? null,
    longest: analysis.longest ?? null,
    // A range with no lower or upper limit (a loop moves the metric without end) has null there.
    endings: analysis.endings.map((e) => ({
      ...e,
      runs: plain(e.runs),
      metrics: Object.fromEntries(
        Object.entries(e.metrics).map(([m, r]) => [m, { min: limit(r.min), max: limit(r.max) }]),
      ),
    })),
    unreachableEndings: analysis.unreachableEndings,
    unreachableScenes: analysis.unreachableScenes,
    untakenChoices: analysis.untakenChoices,
    untakenRoutes: analysis.untakenRoutes,
    stuck: analysis.stuck,
    endless: analysis.endless,
    ...(analysis.undecided ? { undecided: analysis.undecided } : {}),
    ...(analysis.growth ? { growth: analysis.growth } : {}),
  };
}
