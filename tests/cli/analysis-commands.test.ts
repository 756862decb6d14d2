/**
 * The analysis reaches authors three ways: `check` reports what no run can do at the
 * author's line, `stats` prints the figures (or JSON), `graph` draws the map.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { ROOT } from '../support/paths';
import { compileReference } from '../support/reference';
import { statsText } from '../../src/cli/stats';
import { analyse } from '../../src/engine';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd: ROOT, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const unreachable = 'tests/fixtures/check/cb701-third-ending-needs-more-trust/base-case';

describe('check with the analysis', () => {
  it('tells the author an ending is out of reach because no run earns enough trust', () => {
    const io = capture();
    expect(runCheck([unreachable], io)).toBe(0);
    const output = io.stdout.join('\n');
    expect(output).toContain(
      `${unreachable}/machine.json:100:5: warning: No run reaches the ending "outcome-inspired". The route from "wrap-up" never leads there: it needs trust at least 3, but trust is at most 2 whenever a run gets there. [CB701]`,
    );
    expect(runCheck(['--strict', unreachable], capture())).toBe(1);
  });

  it('names the choices no complete run can take', () => {
    const io = capture();
    runCheck(['tests/fixtures/check/cb703-choice-needs-trust-never-earned/base-case'], io);
    expect(io.stdout.join('\n')).toContain(
      'No run is ever offered ASK_FOR_THEIR_PLAN in "follow-up": it needs trust at least 2, but trust is at most 1 whenever a run gets there.',
    );
  });
});

describe('scenario stats', () => {
  it('prints the analysis of the reference scenario', () => {
    const io = capture();
    expect(runScenario(['stats', 'scenarios/missed-deadline'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('Complete runs: 844');
    expect(text).toContain('Decisions per run: 4 to 8');
    expect(text).toMatch(/outcome-owned-plan \(strong\) +175 runs/);
  });

  it('prints JSON with exact run counts as strings', () => {
    const io = capture();
    expect(runScenario(['stats', 'scenarios/missed-deadline', '--json'], io)).toBe(0);
    const stats = JSON.parse(io.stdout.join('\n')) as {
      runs: string;
      shortest: number;
      longest: number;
      endings: { id: string; runs: string }[];
    };
    expect(stats).toMatchObject({ runs: '844', shortest: 4, longest: 8 });
    expect(stats.endings.map((e) => [e.id, e.runs])).toEqual([
      ['outcome-owned-plan', '175'],
      ['outcome-on-time-checked-out', '221'],
      ['outcome-warm-but-adrift', '375'],
      ['outcome-pattern-repeats', '73'],
    ]);
  });

  it('says "at least" and "unknown" when the analysis stopped before following every run', () => {
    const io = capture();
    expect(
      runScenario(['stats', 'tests/fixtures/check/cb707-metric-grows-in-a-loop/base-case'], io),
    ).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('(stopped at the limit:');
    expect(text).toContain(
      'Still growing: PUSH_THE_DATE in "stand-up" comes back with pace 1 higher each time round',
    );
    expect(text).toContain('Complete runs: unbounded');
    expect(text).toContain('Endings no run reaches: unknown for outcome-burnt-out');
    expect(text).toContain('Where a run can go round forever: none found so far');
    expect(text).not.toContain('Complete runs: 0');
  });

  it('gives run counts and lengths as lower bounds when the search stopped early', () => {
    const scenario = compileReference();
    const text = statsText(scenario, analyse(scenario, 70));
    expect(text).toMatch(/Complete runs: at least \d+/);
    expect(text).toMatch(/Decisions per run: \d+ to at least \d+/);
    expect(text).toContain('Endings reached so far:');
    expect(text).toMatch(/Choices no complete run takes: unknown for .* and \d+ more \(not seen/);
  });

  it('shows a metric a loop lowers without limit as "at most"', () => {
    const io = capture();
    runScenario(
      ['stats', 'tests/fixtures/check/valid-loop-lowers-a-metric-a-guard-reads/base-case'],
      io,
    );
    expect(io.stdout.join('\n')).toMatch(
      /outcome-late \(weak\) +unbounded runs +pace at most 2, trust 0/,
    );
  });

  it('lists what no run reaches', () => {
    const io = capture();
    expect(runScenario(['stats', unreachable], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('Endings no run reaches: outcome-inspired');
  });

  it('refuses a scenario that does not compile, showing why', () => {
    const io = capture();
    expect(runScenario(['stats', 'tests/fixtures/check/cb205-unknown-target/base-case'], io)).toBe(
      1,
    );
    expect(io.stderr.join('\n')).toContain('[CB205]');
    expect(runScenario(['stats'], capture())).toBe(2);
  });
});

describe('scenario graph', () => {
  it('draws a Mermaid map with every scene, guarded choices dashed and unreachable states marked', () => {
    const io = capture();
    expect(runScenario(['graph', unreachable], io)).toBe(0);
    const map = io.stdout.join('\n');
    expect(map.startsWith('flowchart TD\n')).toBe(true);
    for (const id of [
      'opening',
      'follow-up',
      'wrap-up',
      'outcome-inspired',
      'outcome-strong',
      'outcome-weak',
    ])
      expect(map).toContain(`"${id}`);
    expect(map).toMatch(/s2 -\.->\|"route 1 \[trust ≥ 3\]"\| s3/);
    expect(map).toMatch(/s2 -->\|"otherwise"\| s5/);
    expect(map).toContain('class s3 unreachable');
    expect(map).toContain('s3(["outcome-inspired: Outcome inspired"]):::strong');
  });

  it('draws Graphviz DOT on request, one edge per transition', () => {
    const io = capture();
    expect(runScenario(['graph', 'scenarios/missed-deadline', '--format', 'dot'], io)).toBe(0);
    const dot = io.stdout.join('\n');
    expect(dot.startsWith('digraph "missed-deadline" {')).toBe(true);
    expect(dot).toContain('"opening" -> "listening" [label="ASK_WHAT_CHANGED"];');
    expect(dot).toContain(
      '"hidden-work" -> "home-news" [label="ASK_ABOUT_HOME [trust ≥ 2]", style=dashed];',
    );
    const reference = compileReference();
    const transitions = reference.scenes.reduce(
      (n, s) => n + s.routes.length + s.choices.reduce((m, c) => m + c.transitions.length, 0),
      0,
    );
    expect(dot.match(/ -> /g)?.length).toBe(transitions);
    expect(runScenario(['graph', 'scenarios/missed-deadline', '--format', 'svg'], capture())).toBe(
      2,
    );
  });
});
