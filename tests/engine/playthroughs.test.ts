/**
 * Playthrough scripts (tests/fixtures/playthroughs/*.json) drive the engine: choose
 * X, expect scene Y, these metrics and flags, exactly these choices offered (in
 * order), or expect a choice to be refused; at the end, the ending, its outcome and
 * the number of decisions. The trace derived from the log must agree step by step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { loadCourse } from '../../src/disk/load';
import {
  choose,
  createPlayer,
  offeredChoices,
  startRun,
  traceRun,
  type RunSnapshot,
} from '../../src/engine';
import { ROOT, rootPath } from '../support/paths';

interface Expectation {
  scene?: string;
  metrics?: Record<string, number>;
  flags?: Record<string, boolean>;
  offered?: string[];
}

interface Script {
  description: string;
  scenario: string;
  seed?: number;
  steps: { choose?: string; refused?: boolean; expect?: Expectation }[];
  end?: { ending: string; outcome: string; decisions: number };
}

const dir = rootPath('tests/fixtures/playthroughs');
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Script] as const);

describe('playthrough scripts', () => {
  it.each(scripts)('%s', (_, script) => {
    const scenario = compileCourse(loadCourse(script.scenario, ROOT)).scenarios[0]?.scenario;
    if (!scenario) throw new Error(`${script.scenario} does not compile`);
    const player = createPlayer(scenario);
    const seed = script.seed ?? 0;
    let snapshot: RunSnapshot = startRun(player);
    const log: string[] = [];
    for (const [i, step] of script.steps.entries()) {
      const where = `step ${i + 1}${step.choose ? ` (${step.choose})` : ''}`;
      if (step.choose) {
        const next = choose(player, snapshot, step.choose);
        if (step.refused) expect(next, `${where} should be refused`).toBeUndefined();
        else {
          expect(next, `${where} was refused`).toBeDefined();
          snapshot = next as RunSnapshot;
          log.push(step.choose);
        }
      }
      const want = step.expect ?? {};
      if (want.scene) expect(String(snapshot.value), where).toBe(want.scene);
      if (want.metrics) expect(snapshot.context.metrics, where).toMatchObject(want.metrics);
      if (want.flags) expect(snapshot.context.flags, where).toMatchObject(want.flags);
      if (want.offered)
        expect(
          offeredChoices(player, snapshot, seed).map((c) => c.event),
          where,
        ).toEqual(want.offered);
    }
    const trace = traceRun(player, log);
    expect(trace.steps.map((s) => s.event)).toEqual(log);
    expect(trace.metrics).toEqual(snapshot.context.metrics);
    if (script.end) {
      expect(trace.finished).toBe(true);
      expect(trace.ending).toEqual({ id: script.end.ending, outcome: script.end.outcome });
      expect(trace.steps.length).toBe(script.end.decisions);
    } else {
      expect(trace.finished).toBe(false);
    }
  });
});
