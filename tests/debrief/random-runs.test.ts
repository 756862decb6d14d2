/**
 * The diagnosis rules as a property over the bundled library: seeds 1…N of every scenario,
 * played with `randomRun` (the same runs on every machine, the ones `npm run audit:debrief`
 * counts). No debrief contradicts its own ending or counts, every decision a summary names
 * exists and is one its evidence lists, and no summary is shared by two scenarios.
 * PROPERTY_RUNS=5 plays five times as many seeds.
 */
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import type { Debrief } from '../../src/debrief';
import { loadCourse, PROJECT_SCENARIOS } from '../../src/disk/load';
import { createPlayer, randomRun, traceRun } from '../../src/engine';
import { debrief } from '../../src/debrief';
import { ROOT } from '../support/paths';

const SEEDS = 100 * Number(process.env.PROPERTY_RUNS ?? '1');
const course = compileCourse(loadCourse(PROJECT_SCENARIOS, ROOT));
const scenarios = course.scenarios.flatMap((s) => (s.scenario ? [s.scenario] : []));

/** Every decision number a text names: "decision 3", "decisions 1, 3 and 7" (from 1). */
function namedNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\bdecisions? (\d+(?:, \d+)*(?: and \d+)?)/gi))
    out.push(...(m[1] ?? '').split(/, | and /).map(Number));
  return out;
}

function contradictions(d: Debrief): string[] {
  const found: string[] = [];
  const kind = d.diagnosis.kind;
  const outcome = d.ending?.outcome;
  if (outcome === 'weak' && kind === 'balanced') found.push('weak ending read as balanced');
  if (outcome === 'strong' && kind === 'foundations-first')
    found.push('strong ending read as foundations first');
  const m = d.balance.management.effective;
  const l = d.balance.leadership.effective;
  if (kind === 'balanced' && Math.max(m, l) >= 3 && Math.max(m, l) >= 2 * Math.min(m, l))
    found.push(`lopsided (${m} to ${l}) read as balanced`);
  const evidence = d.diagnosis.evidence ?? [];
  if (evidence.length === 0) found.push('no evidence');
  const indexes = new Set(d.decisions.map((x) => x.index));
  for (const line of evidence) {
    for (const i of line.decisions) if (!indexes.has(i)) found.push(`names decision ${i + 1}`);
    const listed = new Set(line.decisions.map((i) => i + 1));
    for (const n of namedNumbers(line.text))
      if (!listed.has(n)) found.push(`"${line.text}" names ${n}, not in its decisions`);
  }
  for (const n of namedNumbers(d.diagnosis.summary))
    if (!indexes.has(n - 1)) found.push(`summary names decision ${n}, which does not exist`);
  for (const x of d.decisions) {
    const both =
      x.behaviours.some((b) => b.polarity === 'effective') &&
      x.behaviours.some((b) => b.polarity === 'counterproductive');
    if (both !== (x.reading === 'trade-off')) found.push(`decision ${x.index + 1} reading`);
    if (both && !evidence.some((e) => e.kind === 'trade-off' && e.decisions.includes(x.index)))
      if (evidence.filter((e) => e.kind === 'trade-off').length < 2)
        found.push(`trade-off at ${x.index + 1} not shown`);
  }
  return found;
}

describe(`random runs of the library (seeds 1…${SEEDS} of each scenario)`, () => {
  const summaries = new Map<string, string>();
  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
    const player = createPlayer(scenario);
    const problems: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const d = debrief(scenario, traceRun(player, randomRun(player, seed)), course.taxonomy);
      problems.push(...contradictions(d).map((p) => `seed ${seed}: ${p}`));
      const other = summaries.get(d.diagnosis.summary);
      if (other && other !== id) problems.push(`seed ${seed}: same summary as a run of ${other}`);
      summaries.set(d.diagnosis.summary, id);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
