/** The analysis of one scenario, for people (`stats`) and for tools (`stats --json`). */
import type { CompiledScenario } from '../contract';
import type { Analysis, Count } from '../engine';

/** A run count as people read it: `1,986`, or `unbounded` where a loop lets runs go round. */
export const formatCount = (c: Count) => (c === 'unbounded' ? 'unbounded' : c.toLocaleString('en'));

/** A metric's range: `2`, or `-1 to 3`. */
export const rangeLabel = (r: { min: number; max: number }) =>
  r.min === r.max ? String(r.min) : `${r.min} to ${r.max}`;

export function statsText(scenario: CompiledScenario, analysis: Analysis): string {
  const kinds = (kind: string) => {
    const n = scenario.scenes.filter((s) => s.kind === kind).length;
    return `${n} ${kind === 'router' ? 'router' : kind}${n === 1 ? '' : 's'}`;
  };
  const list = (items: string[]) => (items.length === 0 ? 'none' : items.join(', '));
  const lines = [
    `${scenario.title} (${scenario.id})`,
    `  Scenes: ${kinds('scene')}, ${kinds('router')}, ${kinds('ending')}`,
    `  States explored: ${analysis.states.toLocaleString('en')}${analysis.complete ? '' : ' (stopped at the limit: figures are partial)'}`,
    `  Complete runs: ${formatCount(analysis.runs)}`,
    `  Decisions per run: ${analysis.shortest === undefined ? 'no run finishes' : `${analysis.shortest} to ${analysis.longest}`}`,
    '  Endings reached:',
  ];
  const width = Math.max(0, ...analysis.endings.map((e) => e.id.length + e.outcome.length + 3));
  for (const ending of analysis.endings) {
    const ranges = Object.entries(ending.metrics).map(([m, r]) => `${m} ${rangeLabel(r)}`);
    lines.push(
      `    ${`${ending.id} (${ending.outcome})`.padEnd(width)}  ${formatCount(ending.runs).padStart(8)} runs   ${ranges.join(', ')}`,
    );
  }
  if (analysis.endings.length === 0) lines.push('    none');
  lines.push(
    `  Endings no run reaches: ${list(analysis.unreachableEndings)}`,
    `  Scenes no run reaches: ${list(analysis.unreachableScenes)}`,
    `  Choices no complete run takes: ${list(analysis.untakenChoices.map((c) => c.replace('#', ': ')))}`,
    `  Where a run can get stuck: ${list(analysis.stuck.map((p) => p.scene))}`,
    `  Where a run can go round forever: ${list(analysis.endless.map((p) => p.scene))}`,
  );
  return lines.join('\n');
}

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
    endings: analysis.endings.map((e) => ({ ...e, runs: plain(e.runs) })),
    unreachableEndings: analysis.unreachableEndings,
    unreachableScenes: analysis.unreachableScenes,
    untakenChoices: analysis.untakenChoices,
    untakenRoutes: analysis.untakenRoutes,
    stuck: analysis.stuck,
    endless: analysis.endless,
  };
}
