/**
 * Format v1.1 in the debrief's words (views15): a timed decision's TIME_UP road reads as
 * "You let the time run out", never as a clicked option, and is a road not taken like any
 * other when the learner chose in time; the coaching is the text the learner saw on that
 * road (the trace's recorded conditions), in the debrief data, its Markdown report and
 * the `scenario play` CLI transcript, which prints that report.
 */
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { compileCourse } from '../../src/compiler';
import { debrief, debriefMarkdown, promptsFor } from '../../src/debrief';
import { loadCourse } from '../../src/disk/load';
import { createPlayer, traceRun } from '../../src/engine';
import { ROOT } from '../support/paths';

const FOLDER = 'tests/fixtures/views-course/late-report';
const course = compileCourse(loadCourse(FOLDER, ROOT));
const scenario = course.scenarios[0]?.scenario;
if (!scenario) throw new Error(`${FOLDER} does not compile`);
const player = createPlayer(scenario);
const debriefOf = (events: string[]) =>
  debrief(scenario, traceRun(player, events), course.taxonomy, { stage: 'new-manager' });

const LISTENED = 'Because you listened, she names the next step herself.';
const NOT_LISTENED = 'You name the next step for her; she nods without a word.';
const TIME_UP_LABEL = 'Say nothing and wait for her to suggest something.';

describe('a timed decision in the debrief', () => {
  it('marks the decision made by the timer as time-up, and words it so in the report', () => {
    const d = debriefOf(['RUSH', 'TIME_UP']);
    const [first, second] = d.decisions;
    expect(first?.timeUp).toBeUndefined();
    expect(second?.timeUp).toBe(true);
    const report = debriefMarkdown(d);
    expect(report).toContain(`You let the time run out: ${TIME_UP_LABEL}`);
    expect(report).not.toContain(`You chose: ${TIME_UP_LABEL}`);
    expect(report).toContain('You chose: Get straight to the late report.');
  });

  it('lists the time-up road as a road not taken when the learner chose in time', () => {
    const d = debriefOf(['LISTEN', 'AGREE_PLAN']);
    const second = d.decisions[1];
    expect(second?.timeUp).toBeUndefined();
    const road = second?.alternatives.find((a) => a.event === 'TIME_UP');
    expect(road?.timeUp).toBe(true);
    expect(road?.behaviours.map((b) => b.id)).toEqual(['avoids-the-hard-conversation']);
    expect(debriefMarkdown(d)).toContain(`- Letting the time run out: ${TIME_UP_LABEL}`);
  });

  it('asks the reflection question about letting the time run out, not about a choice', () => {
    const d = debriefOf(['RUSH', 'TIME_UP']);
    const questions = promptsFor(d, {}).map((p) => p.question);
    expect(questions.join('\n')).toContain(
      `At decision 2 you let the time run out (“${TIME_UP_LABEL}”)`,
    );
    expect(questions.join('\n')).not.toContain(`you chose “${TIME_UP_LABEL}”`);
  });

  it('names it as letting the time run out in the evidence, not as a quoted option', () => {
    const evidence = (debriefOf(['RUSH', 'TIME_UP']).diagnosis.evidence ?? []).map((e) => e.text);
    expect(evidence.join('\n')).toContain('decision 2, letting the time run out (Trust −1)');
    expect(evidence.join('\n')).not.toContain(`“${TIME_UP_LABEL}`);
  });

  it('leaves choices of untimed scenes without the mark (v1 debriefs stay as they were)', () => {
    const d = debriefOf(['LISTEN', 'AGREE_PLAN']);
    expect(JSON.stringify(d.decisions[0])).not.toContain('timeUp');
    expect(d.decisions[0]?.alternatives.some((a) => 'timeUp' in a)).toBe(false);
  });
});

describe('conditional coaching as the learner saw it', () => {
  it('shows the listening road its own words and not the other road’s', () => {
    const report = debriefMarkdown(debriefOf(['LISTEN', 'AGREE_PLAN']));
    expect(report).toContain(LISTENED);
    expect(report).not.toContain(NOT_LISTENED);
  });

  it('shows the rushing road its own words and not the listening road’s', () => {
    const report = debriefMarkdown(debriefOf(['RUSH', 'AGREE_PLAN']));
    expect(report).toContain(NOT_LISTENED);
    expect(report).not.toContain(LISTENED);
  });
});

describe('scenario play prints the same wording', () => {
  function play(...args: string[]) {
    const stdout: string[] = [];
    const io: Io = { cwd: ROOT, out: (t) => stdout.push(t), err: () => undefined };
    const code = runScenario(['play', ...args], io);
    return { code, out: stdout.join('\n') };
  }

  it('a run that let the time run out', () => {
    const { code, out } = play(FOLDER, '--choose', 'RUSH,TIME_UP');
    expect(code).toBe(0);
    expect(out).toContain(`You let the time run out: ${TIME_UP_LABEL}`);
  });

  it('a run that chose in time: its own coaching, and the time-up road not taken', () => {
    const { code, out } = play(FOLDER, '--choose', 'RUSH,AGREE_PLAN');
    expect(code).toBe(0);
    expect(out).toContain(NOT_LISTENED);
    expect(out).not.toContain(LISTENED);
    expect(out).toContain(`- Letting the time run out: ${TIME_UP_LABEL}`);
  });
});
