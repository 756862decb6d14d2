/**
 * Where compile time goes: the stages of `compileScenario` (src/compiler/compile.ts)
 * called one by one, in its order, on a generated scenario, each timed (median of
 * several runs after a warm-up). Bench-only: it mirrors compileScenario's sequence
 * with the stages' exported functions, so it needs updating if that sequence changes.
 *
 *   npx tsx bench/stages.ts [scenes…] [--reps N]
 *
 * Stages run back to back, so one may pay for another's garbage, and their sum can
 * differ from one whole compile ("rest" then comes out negative). For shares that do
 * not depend on that, profile: node --cpu-prof --import tsx bench/stages.ts 1000.
 */
import { performance } from 'node:perf_hooks';
import { Marked } from 'marked';
import { compileScenario, sourceFile } from '../src/compiler';
import { assemble } from '../src/compiler/assemble';
import type { Resolved } from '../src/compiler/resolve-transitions';
import { parseFrontMatter } from '../src/compiler/frontmatter';
import { checkActions } from '../src/compiler/actions';
import { checkGuard, type Names } from '../src/compiler/guards';
import { contentHash } from '../src/compiler/hash';
import { parseJson } from '../src/compiler/json';
import { link } from '../src/compiler/link';
import { MACHINE_CODES, parseMachine } from '../src/compiler/machine';
import { parseBody } from '../src/compiler/markdown';
import { checkStructure } from '../src/compiler/structure';
import type { Diagnostic } from '../src/contract';
import { loadTaxonomy, median, prepare } from './common';

type Stage =
  | 'sourceFile (both files)'
  | 'front matter (yaml)'
  | 'marked lexer (inside parseBody)'
  | 'parseBody beyond the lexer'
  | 'JSON parse (jsonc-parser)'
  | 'parseMachine beyond JSON parse'
  | 'guards and actions'
  | 'link'
  | 'structure'
  | 'assemble'
  | 'contentHash (inside assemble)'
  | 'for reference: JSON.parse (native, no positions)';

function main(): void {
  const argv = process.argv.slice(2);
  const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--reps').map(Number);
  const repsAt = argv.indexOf('--reps');
  const taxonomy = loadTaxonomy();
  const lexer = new Marked();
  for (const scenes of sizes.length > 0 ? sizes : [1000, 10000]) {
    const reps = repsAt >= 0 ? Number(argv[repsAt + 1]) : scenes <= 2000 ? 15 : 5;
    const { input, generated } = prepare(scenes, taxonomy);
    const mdText = generated.scenarioMd;
    const jsonText = generated.machineJson;
    const samples = new Map<Stage, number[]>();
    const totals: number[] = [];
    for (let rep = -1; rep < reps; rep++) {
      const times = new Map<Stage, number>();
      const timed = <T>(stage: Stage, fn: () => T): T => {
        const start = performance.now();
        const out = fn();
        times.set(stage, (times.get(stage) ?? 0) + performance.now() - start);
        return out;
      };
      const start = performance.now();
      compileScenario(input, taxonomy);
      const total = performance.now() - start;

      const { md, json } = timed('sourceFile (both files)', () => ({
        md: sourceFile(`${generated.folder}/scenario.md`, mdText),
        json: sourceFile(`${generated.folder}/machine.json`, jsonText),
      }));
      const front = timed('front matter (yaml)', () => parseFrontMatter(md)).front;
      if (!front) throw new Error('no front matter');
      timed('marked lexer (inside parseBody)', () => lexer.lexer(md.text.slice(front.bodyOffset)));
      const body = timed('parseBody beyond the lexer', () => parseBody(md, front.bodyOffset)).body;
      timed('JSON parse (jsonc-parser)', () => parseJson(json, MACHINE_CODES));
      const machine = timed('parseMachine beyond JSON parse', () => parseMachine(json)).machine;
      if (!machine) throw new Error('no machine');
      const diagnostics: Diagnostic[] = [];
      const resolved = timed('guards and actions', () => {
        const names: Names = {
          metrics: new Set(machine.metrics.keys()),
          flags: new Set(machine.flags.keys()),
          states: new Set(machine.states.map((s) => s.id)),
          events: new Set(machine.states.flatMap((s) => s.events.map((e) => e.event))),
          invalid: machine.invalidContext,
        };
        const out: Resolved = new Map();
        for (const state of machine.states) {
          for (const t of [...state.events.flatMap((e) => e.transitions), ...state.always]) {
            const guard = t.guardNode
              ? checkGuard(json, t.guardNode, names, diagnostics)
              : undefined;
            const actions = checkActions(json, t.actionsNode, names, diagnostics);
            out.set(t.node.offset, guard ? { guard, actions } : { actions });
          }
        }
        return out;
      });
      timed('link', () => link(md, json, machine, body));
      timed('structure', () => checkStructure(json, machine));
      timed('assemble', () => assemble({ md, json, front, body, machine, resolved, taxonomy }));
      timed('contentHash (inside assemble)', () => contentHash(md.text, json.text, '[]'));
      timed('for reference: JSON.parse (native, no positions)', () => JSON.parse(jsonText));
      if (diagnostics.length > 0) throw new Error('unexpected diagnostics');
      if (rep < 0) continue;
      totals.push(total);
      for (const [stage, ms] of times) samples.set(stage, [...(samples.get(stage) ?? []), ms]);
    }
    const med = (stage: Stage) => median(samples.get(stage) ?? [0]);
    // The lexer runs inside parseBody (and parseJson inside parseMachine): take it out.
    const rows: [string, number][] = [...samples.keys()].map((stage) => {
      if (stage === 'parseBody beyond the lexer')
        return [stage, med(stage) - med('marked lexer (inside parseBody)')];
      if (stage === 'parseMachine beyond JSON parse')
        return [stage, med(stage) - med('JSON parse (jsonc-parser)')];
      return [stage, med(stage)];
    });
    const total = median(totals);
    const aside = ([stage]: [string, number]) =>
      stage.startsWith('contentHash') || stage.startsWith('for reference');
    const counted = rows.filter((r) => !aside(r)).reduce((sum, [, ms]) => sum + ms, 0);
    rows.splice(rows.findIndex(aside), 0, [
      'rest (identity, behaviours, labels, sorting)',
      total - counted,
    ]);
    console.log(
      `\n${scenes.toLocaleString('en-GB')} scenes (${(mdText.length / 1024).toFixed(0)} KB Markdown, ${(jsonText.length / 1024).toFixed(0)} KB JSON): compileScenario ${total.toFixed(0)} ms, median of ${reps}`,
    );
    const width = Math.max(...rows.map(([s]) => s.length));
    for (const [stage, ms] of rows)
      console.log(
        `  ${stage.padEnd(width)}  ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%`,
      );
  }
}

main();
