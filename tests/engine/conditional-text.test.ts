/**
 * Format v1.1: the analysis's reading of conditional text (CB709 no run shows a block,
 * CB710 every run does) agrees with exhaustive play through XState — on the fixtures
 * with conditions read from metrics, flags, `visited` and `chose`, nested and in
 * coaching, and on random scenarios — and says nothing once it stopped at its limit.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTaxonomy, sourceFile } from '../../src/compiler';
import type { Block, CompiledScenario } from '../../src/contract';
import { analyse, analysisDiagnostics } from '../../src/engine';
import { blockVisibility } from '../../src/engine/analysis/block-visibility';
import { textByPlay, type TextSeen } from '../support/exhaustive-text';
import { rootPath } from '../support/paths';
import {
  randomConditionalScenario,
  randomLoopingConditionalScenario,
} from '../support/random-conditional';

const taxonomy = parseTaxonomy(
  sourceFile('behaviours.json', readFileSync(rootPath('scenarios/behaviours.json'), 'utf8')),
).taxonomy;

function compiled(folder: string): CompiledScenario {
  const dir = rootPath(`tests/fixtures/conditional/${folder}`);
  const result = compileScenario(
    {
      folder,
      scenarioMd: {
        path: `${folder}/scenario.md`,
        text: readFileSync(`${dir}/scenario.md`, 'utf8'),
      },
      machineJson: {
        path: `${folder}/machine.json`,
        text: readFileSync(`${dir}/machine.json`, 'utf8'),
      },
    },
    taxonomy,
  );
  expect(result.diagnostics).toEqual([]);
  if (!result.scenario) throw new Error('did not compile');
  return result.scenario;
}

/** The analysis's answer, in the shape play gives. */
function byAnalysis(scenario: CompiledScenario): TextSeen[] {
  const analysis = analyse(scenario);
  expect(analysis.complete).toBe(true);
  return blockVisibility(analysis.graph).map(({ block, read, shown, hidden }) => ({
    scene: block.sceneId,
    ...(block.event === undefined ? {} : { event: block.event }),
    name: block.name,
    negate: block.negate,
    read,
    shown,
    hidden,
  }));
}

function agree(scenario: CompiledScenario): TextSeen[] {
  const play = textByPlay(scenario);
  expect(play.complete).toBe(true);
  const found = byAnalysis(scenario);
  expect(found).toEqual(play.seen);
  return found;
}

const warnings = (scenario: CompiledScenario) =>
  analysisDiagnostics(scenario, analyse(scenario))
    .filter((d) => d.code === 'CB709' || d.code === 'CB710')
    .map((d) => `${d.code} ${d.file}:${d.range.start.line}`);

describe('conditional text in the analysis', () => {
  it('history-readers: reads metrics, flags, visited and chose exactly, nested and in coaching', () => {
    const scenario = compiled('history-readers');
    const seen = agree(scenario);
    const summary = seen.map(
      (b) =>
        `${b.scene}${b.event ? `#${b.event}` : ''} ${b.negate ? 'unless' : 'when'} ${b.name}: ${
          !b.read
            ? 'never read'
            : b.shown && b.hidden
              ? 'some runs'
              : b.shown
                ? 'every run'
                : 'no run'
        }`,
    );
    expect(summary).toEqual([
      'hallway when read-the-log: some runs',
      'hallway when trusting: some runs',
      'hallway when asked: some runs',
      'hallway unless out-of-reach: every run',
      'hallway#DECIDE when escalated: some runs',
      'hallway#ESCALATE_AGAIN when escalated: every run',
      'ending-good when asked: some runs',
      'ending-good when escalated: no run',
      'ending-mixed when read-the-log: no run',
    ]);
    expect(warnings(scenario)).toEqual([
      'CB710 history-readers/scenario.md:60',
      'CB710 history-readers/scenario.md:76',
      'CB709 history-readers/scenario.md:88',
      'CB709 history-readers/scenario.md:96',
    ]);
  });

  it('two-roads: the named-guard scenario, one block every run reaching its ending shows', () => {
    const scenario = compiled('two-roads');
    agree(scenario);
    expect(warnings(scenario)).toEqual(['CB710 two-roads/scenario.md:54']);
  });

  it('a block inside one no run shows is not reported again; one inside a block every run shows is judged where that block shows', () => {
    const scenario = compiled('history-readers');
    const scene = (id: string) => {
      const found = scenario.scenes.find((s) => s.id === id);
      if (!found) throw new Error(`no ${id}`);
      return found;
    };
    const p = { t: 'p' as const, c: [{ t: 'text' as const, v: 'inner' }] };
    const when = (name: string, c: Block[], negate = false): Block => ({
      t: 'when',
      name,
      negate,
      c,
    });
    // Inside a block no run shows: never read, so only the outer block is reported.
    scene('ending-good').prose.blocks.push(when('escalated', [when('asked', [p])]));
    // Inside a block every run shows: some runs (no warning), every run (CB710).
    scene('hallway').prose.blocks.push(
      when('out-of-reach', [when('trusting', [p]), when('out-of-reach', [p], true)], true),
    );
    const seen = agree(scenario);
    const of = (id: string) => seen.filter((b) => b.scene === id && !b.event);
    expect(of('ending-good').at(-1)).toMatchObject({ name: 'asked', read: false, shown: false });
    expect(of('hallway').slice(-3)).toMatchObject([
      { read: true, shown: true, hidden: false },
      { name: 'trusting', read: true, shown: true, hidden: true },
      { read: true, shown: true, hidden: false },
    ]);
    const found = warnings(scenario);
    expect(found.filter((w) => w.startsWith('CB709'))).toHaveLength(3);
    expect(found.filter((w) => w.startsWith('CB710'))).toHaveLength(4);
  });

  it('says nothing of conditional text once the analysis stopped at its limit', () => {
    const scenario = compiled('history-readers');
    expect(warnings(scenario)).toHaveLength(4);
    const stopped = analyse(scenario, 2);
    expect(stopped.complete).toBe(false);
    const codes = analysisDiagnostics(scenario, stopped).map((d) => d.code);
    expect(codes).toContain('CB707');
    expect(codes).not.toContain('CB709');
    expect(codes).not.toContain('CB710');
  });

  it('agrees with exhaustive play on random scenarios with conditional text', () => {
    fc.assert(
      fc.property(randomConditionalScenario(), (scenario) => {
        agree(scenario);
      }),
      { numRuns: 150 * Number(process.env.PROPERTY_RUNS ?? '1') },
    );
  });

  it('on random scenarios with loops, shows and hides at least what bounded play sees', () => {
    fc.assert(
      fc.property(randomLoopingConditionalScenario(), (scenario) => {
        const analysis = analyse(scenario);
        fc.pre(analysis.complete);
        const play = textByPlay(scenario, 3_000);
        const found = byAnalysis(scenario);
        play.seen.forEach((b, i) => {
          const f = found[i] as TextSeen;
          expect({
            ...f,
            read: f.read || !b.read,
            shown: f.shown || !b.shown,
            hidden: f.hidden || !b.hidden,
          }).toEqual({ ...b, read: true, shown: true, hidden: true });
        });
        if (play.complete) expect(found).toEqual(play.seen);
      }),
      { numRuns: 100 * Number(process.env.PROPERTY_RUNS ?? '1') },
    );
  });
});
