/**
 * Golden debriefs: every playthrough script (reference and fixture scenarios) gives
 * exactly the debrief in tests/golden/debriefs/ (UPDATE_GOLDEN=1 rewrites them; read
 * the diff). Property: the same log always gives the same debrief. And the bad inputs:
 * a changed scenario or a shrunken taxonomy still give a debrief that names the gaps.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { loadCourse } from '../../src/disk/load';
import type { CompiledScenario, Taxonomy } from '../../src/contract';
import { debrief } from '../../src/debrief';
import {
  createPlayer,
  offeredChoices,
  replay,
  startRun,
  traceRun,
  choose,
  type RunSnapshot,
} from '../../src/engine';
import { ROOT, rootPath } from '../support/paths';

interface Script {
  scenario: string;
  steps: { choose?: string; refused?: boolean }[];
  /** For the library's strongest and weakest runs: the tag of each decision and the diagnosis. */
  end?: { tags?: string[]; diagnosis?: string };
}

function compiled(path: string): { scenario: CompiledScenario; taxonomy?: Taxonomy } {
  const result = compileCourse(loadCourse(path, ROOT));
  const scenario = result.scenarios[0]?.scenario;
  if (!scenario) throw new Error(`${path} does not compile`);
  return { scenario, taxonomy: result.taxonomy };
}

const dir = rootPath('tests/fixtures/playthroughs');
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      [
        f.replace(/\.json$/, ''),
        JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Script,
      ] as const,
  );

describe('golden debriefs of the playthrough scripts', () => {
  it.each(scripts)('%s', (name, script) => {
    const { scenario, taxonomy } = compiled(script.scenario);
    const events = script.steps
      .filter((s) => s.choose && !s.refused)
      .map((s) => s.choose as string);
    const result = debrief(scenario, traceRun(createPlayer(scenario), events), taxonomy, {
      stage: 'new-manager',
    });
    if (script.end?.tags) expect(result.decisions.map((d) => d.tag)).toEqual(script.end.tags);
    if (script.end?.diagnosis) expect(result.diagnosis.kind).toBe(script.end.diagnosis);
    const file = rootPath(`tests/golden/debriefs/${name}.json`);
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
    if (!existsSync(file))
      throw new Error(`No golden debrief for ${name}: run with UPDATE_GOLDEN=1 and review it.`);
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('reads the four reference endings as the framework describes them', () => {
    const { scenario, taxonomy } = compiled('scenarios/missed-deadline');
    const kind = (name: string) => {
      const script = scripts.find(([n]) => n === name)?.[1];
      const events = (script?.steps ?? []).flatMap((s) =>
        s.choose && !s.refused ? [s.choose] : [],
      );
      return debrief(scenario, traceRun(createPlayer(scenario), events), taxonomy).diagnosis.kind;
    };
    // The best run of the reference scenario: its reset with Callum moves the load into the
    // team's queue (management) as well as rebuilding trust, so both sides carry it.
    expect(kind('owned-plan')).toBe('balanced');
    expect(kind('compliance-without-commitment')).toBe('execution-without-direction');
    expect(kind('warm-but-adrift')).toBe('direction-without-execution');
    expect(kind('pattern-repeats')).toBe('foundations-first');
  });
});

describe('debrief properties', () => {
  const { scenario, taxonomy } = compiled('scenarios/missed-deadline');
  const player = createPlayer(scenario);

  it('gives the same debrief for the same log, every time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(4), { minLength: 1, maxLength: 9 }),
        fc.constantFrom<'new-manager' | 'experienced-manager' | 'senior-leader' | undefined>(
          'new-manager',
          'experienced-manager',
          'senior-leader',
          undefined,
        ),
        (picks, stage) => {
          let snapshot: RunSnapshot = startRun(player);
          const events: string[] = [];
          for (const pick of picks) {
            const offered = offeredChoices(player, snapshot, 0);
            const choice = offered[pick % Math.max(1, offered.length)];
            if (!choice) break;
            snapshot = choose(player, snapshot, choice.event) as RunSnapshot;
            events.push(choice.event);
          }
          const profile = stage ? { stage } : {};
          const first = debrief(scenario, traceRun(player, events), taxonomy, profile);
          const second = debrief(
            JSON.parse(JSON.stringify(scenario)) as CompiledScenario,
            traceRun(createPlayer(scenario), [...events]),
            taxonomy,
            profile,
          );
          expect(second).toEqual(first);
          expect(first.decisions).toHaveLength(events.length);
          for (const d of first.decisions) {
            expect(['management', 'leadership', 'both']).toContain(d.tag);
            expect(d.alternatives.map((a) => a.event)).not.toContain(d.event);
          }
          const total =
            first.balance.management.effective +
            first.balance.management.counterproductive +
            first.balance.leadership.effective +
            first.balance.leadership.counterproductive;
          expect(total).toBe(first.decisions.reduce((n, d) => n + d.behaviours.length, 0));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a debrief despite bad input', () => {
  const { scenario, taxonomy } = compiled('scenarios/missed-deadline');
  const events = ['ASK_WHAT_CHANGED', 'ASK_ABOUT_CALLUM', 'LOG_THE_REAL_LOAD'];

  it('names the behaviours the taxonomy no longer has', () => {
    const smaller: Taxonomy = {
      behaviours: (taxonomy?.behaviours ?? []).filter((b) => b.id !== 'opens-with-open-question'),
    };
    const result = debrief(scenario, traceRun(createPlayer(scenario), events), smaller);
    expect(result.decisions[0]?.unknown).toEqual(['opens-with-open-question']);
    expect(result.problems[0]).toEqual({
      code: 'unknown-behaviour',
      decision: 0,
      choice: 'Ask Adaeze what has changed for her over the last month.',
      behaviour: 'opens-with-open-question',
    });
  });

  it('covers the decisions that still replay when the scenario changed', () => {
    const changed = JSON.parse(JSON.stringify(scenario)) as CompiledScenario;
    const listening = changed.scenes.find((s) => s.id === 'listening');
    if (listening)
      listening.choices = listening.choices.filter((c) => c.event !== 'ASK_ABOUT_CALLUM');
    const player = createPlayer(changed);
    expect(replay(player, events).failure?.step).toBe(1);
    const result = debrief(changed, traceRun(player, events), taxonomy);
    expect(result.decisions).toHaveLength(1);
    expect(result.problems.at(-1)).toEqual({
      code: 'scenario-changed',
      decision: 1,
      event: 'ASK_ABOUT_CALLUM',
    });
  });

  it('still gives a debrief with no taxonomy at all', () => {
    const result = debrief(scenario, traceRun(createPlayer(scenario), events), undefined);
    expect(result.decisions.every((d) => d.tag === 'untagged')).toBe(true);
    expect(result.diagnosis.kind).toBe('foundations-first');
    const tags = result.decisions.flatMap((d) =>
      scenario.scenes
        .flatMap((s) => s.choices)
        .filter((c) => c.event === d.event)
        .flatMap((c) => c.behaviours.map((behaviour) => ({ decision: d.index, behaviour }))),
    );
    expect(tags.length).toBeGreaterThan(events.length);
    expect(result.problems).toEqual(
      tags.map((t) => ({ code: 'unknown-behaviour', choice: expect.any(String), ...t })),
    );
  });
});

describe('the library', () => {
  it('has a strongest and a weakest playthrough for every scenario, read as balanced and as foundations first', () => {
    const ids = readdirSync(rootPath('scenarios'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    const named = new Map(scripts);
    for (const id of ids) {
      const strongest =
        named.get(`${id}-strongest`) ??
        (id === 'missed-deadline' ? named.get('owned-plan') : undefined);
      const weakest =
        named.get(`${id}-weakest`) ??
        (id === 'missed-deadline' ? named.get('pattern-repeats') : undefined);
      expect(strongest, `${id} strongest`).toBeDefined();
      expect(weakest, `${id} weakest`).toBeDefined();
    }
  });

  it('has a typical-mistakes playthrough for every scenario, with the tag of each decision pinned', () => {
    const ids = readdirSync(rootPath('scenarios'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const named = new Map(scripts);
    for (const id of ids) {
      const typical = named.get(`${id}-typical-mistakes`);
      expect(typical?.scenario, `${id} typical mistakes`).toBe(`scenarios/${id}`);
      const decisions = typical?.steps.filter((s) => s.choose && !s.refused).length;
      expect(typical?.end?.tags, `${id} typical mistakes`).toHaveLength(decisions ?? -1);
    }
  });
});
