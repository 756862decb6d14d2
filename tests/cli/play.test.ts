/**
 * `scenario play`: an author plays a run from the command line and reads the debrief it
 * gets — the same debrief the browser shows, for the same events — or N seeded random
 * runs, the same N every time. A choice that is not offered names what was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { compileCourse } from '../../src/compiler';
import { debrief } from '../../src/debrief';
import { loadCourse } from '../../src/disk/load';
import { createPlayer, randomRun, traceRun } from '../../src/engine';
import { ROOT, rootPath } from '../support/paths';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd: ROOT, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

function play(...args: string[]) {
  const io = capture();
  const code = runScenario(['play', ...args], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const FOLDER = 'scenarios/missed-deadline';
const course = compileCourse(loadCourse(FOLDER, ROOT));
const scenario = course.scenarios[0]?.scenario;
if (!scenario) throw new Error(`${FOLDER} does not compile`);
const player = createPlayer(scenario);
const expected = (events: string[], stage?: 'senior-leader') =>
  JSON.parse(
    JSON.stringify(
      debrief(scenario, traceRun(player, events), course.taxonomy, stage ? { stage } : {}),
    ),
  ) as unknown;

/** The strongest run of the reference scenario, from its playthrough script. */
const strongest = (
  JSON.parse(readFileSync(rootPath('tests/fixtures/playthroughs/owned-plan.json'), 'utf8')) as {
    steps: { choose?: string }[];
  }
).steps.flatMap((s) => (s.choose ? [s.choose] : []));

describe('scenario play --choose', () => {
  it('prints the debrief of the run as its Markdown report', () => {
    const { code, out } = play(FOLDER, '--choose', strongest.join(','));
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(`# Debrief: ${scenario.title}`);
    const ending = scenario.scenes.find((s) => s.id === 'outcome-owned-plan');
    expect(out).toContain(ending?.title);
  });

  it('prints one JSON line with the events, the ending and the debrief the browser would show', () => {
    const { code, out } = play(FOLDER, '--choose', strongest.join(','), '--json');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(['events', 'ending', 'debrief']);
    expect(line.events).toEqual(strongest);
    expect(line.ending).toEqual({ id: 'outcome-owned-plan', outcome: 'strong' });
    expect(line.debrief).toEqual(expected(strongest));
  });

  it('passes the career stage to the recommendation', () => {
    const { out } = play(
      FOLDER,
      '--choose',
      strongest.join(','),
      '--stage',
      'senior-leader',
      '--json',
    );
    const line = JSON.parse(out) as { debrief: unknown };
    expect(line.debrief).toEqual(expected(strongest, 'senior-leader'));
    expect(line.debrief).not.toEqual(expected(strongest));
  });

  it('plays a run that stops before an ending: not finished, no ending', () => {
    const { code, out } = play(FOLDER, '--choose', strongest.slice(0, 2).join(','), '--json');
    expect(code).toBe(0);
    const line = JSON.parse(out) as { ending: unknown; debrief: { finished: boolean } };
    expect(line.ending).toBeNull();
    expect(line.debrief.finished).toBe(false);
  });

  it('exits 1 on a choice not offered, naming the decision and the choices that were offered', () => {
    const { code, out, err } = play(FOLDER, '--choose', `${strongest[0]},BOOK_FOLLOW_UP`);
    expect(code).toBe(1);
    expect(out).toBe('');
    const offered = scenario.scenes.find((s) => s.id === 'listening')?.choices.map((c) => c.event);
    expect(err).toBe(
      `Decision 2 (scene "listening"): "BOOK_FOLLOW_UP" is not offered here. Offered: ${offered?.join(', ')}.`,
    );
  });

  it('suggests the event meant when one is mistyped', () => {
    const { code, err } = play(FOLDER, '--choose', 'ASK_WHAT_CHANGD');
    expect(code).toBe(1);
    expect(err).toContain('Did you mean ASK_WHAT_CHANGED?');
  });

  it('exits 1 when events are left after the ending', () => {
    const { code, err } = play(FOLDER, '--choose', [...strongest, 'ASK_WHAT_CHANGED'].join(','));
    expect(code).toBe(1);
    expect(err).toBe(
      `The run reached the ending "outcome-owned-plan" after decision ${strongest.length}; 1 more event given: ASK_WHAT_CHANGED.`,
    );
  });
});

describe('scenario play --random', () => {
  it('plays seeds 1…N, one JSON line each, the same runs every time', () => {
    const first = play(FOLDER, '--random', '12', '--json');
    expect(first.code).toBe(0);
    const lines = first.out.split('\n').map((l) => JSON.parse(l) as { events: string[] });
    expect(lines.map((l) => l.events)).toEqual(
      Array.from({ length: 12 }, (_, i) => randomRun(player, i + 1)),
    );
    expect(play(FOLDER, '--random', '12', '--json').out).toBe(first.out);
    for (const line of lines)
      expect(line).toEqual(JSON.parse(JSON.stringify({ ...line, debrief: expected(line.events) })));
  });

  it('prints a line per run in text: its seed, its events, its ending and its reading', () => {
    const { code, out } = play(FOLDER, '--random', '3');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    const events = randomRun(player, 2);
    expect(lines[1]).toMatch(
      new RegExp(`^Run 2: ${events.join(', ')} → \\S+ \\((strong|mixed|weak)\\): .+\\.$`),
    );
  });
});

describe('scenario play: usage mistakes exit 2 with the usage', () => {
  it.each([
    [[FOLDER], 'Say which run to play: --choose EVENT,EVENT,… or --random N.'],
    [[FOLDER, '--choose', 'A', '--random', '2'], 'Give --choose or --random, not both.'],
    [[FOLDER, '--random', '0'], '--random needs a whole number of runs from 1 to 100000, not "0".'],
    [
      [FOLDER, '--random', 'many'],
      '--random needs a whole number of runs from 1 to 100000, not "many".',
    ],
    [
      [FOLDER, '--choose', 'A,,B'],
      '--choose has an empty event: separate events with single commas, e.g. --choose A,B.',
    ],
    [
      [FOLDER, '--random', '2', '--stage', 'ceo'],
      '"ceo" is not a career stage: use new-manager, experienced-manager, senior-leader.',
    ],
    [['--random', '2'], 'Give a scenario folder.'],
    [['scenarios', '--random', '2'], 'scenarios is a course of'],
    [['no-such-folder', '--random', '2'], 'no-such-folder: no such folder.'],
  ])('%j', (args, message) => {
    const { code, err } = play(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
