/**
 * The debrief's problems are data: a code from src/debrief/problems.ts and the facts it
 * names. These pin the words each code gives the learner (the page and the Markdown
 * report both show them), and that a choice with no tags is named by code.
 */
import { describe, expect, it } from 'vitest';
import { compileReference } from '../support/reference';
import type { CompiledScenario } from '../../src/contract';
import { debrief, debriefMarkdown, problemText } from '../../src/debrief';
import { PROBLEMS } from '../../src/debrief/problems';
import { createPlayer, traceRun } from '../../src/engine';

describe('the words of each problem', () => {
  it('name the decision, the tag or the choice, and what it means for the debrief', () => {
    expect(
      problemText({
        code: 'unknown-behaviour',
        decision: 0,
        choice: 'Ask what changed.',
        behaviour: 'opens-with-open-question',
      }),
    ).toBe(
      'Decision 1 ("Ask what changed.") was tagged "opens-with-open-question", which is no longer in the course\'s taxonomy, so that behaviour could not be read.',
    );
    expect(problemText({ code: 'untagged-choice', decision: 2, choice: 'Wait.' })).toBe(
      'Decision 3 ("Wait.") has no behaviour tags, so it does not count towards the balance.',
    );
    expect(problemText({ code: 'scenario-changed', decision: 1, event: 'ASK_ABOUT_CALLUM' })).toBe(
      'The scenario has changed since this run: it could be read up to decision 1, but choice 2 ("ASK_ABOUT_CALLUM") no longer exists. The debrief covers the decisions before it.',
    );
  });

  it('covers every code of the catalogue', () => {
    expect(Object.keys(PROBLEMS).sort()).toEqual([
      'scenario-changed',
      'unknown-behaviour',
      'untagged-choice',
    ]);
  });
});

describe('a choice with no tags', () => {
  const reference = compileReference();
  const untagged = JSON.parse(JSON.stringify(reference)) as CompiledScenario;
  const first = untagged.scenes.find((s) => s.id === untagged.initial);
  const choice = first?.choices[0];
  if (!choice) throw new Error('the reference scenario starts with a choice');
  choice.behaviours = [];
  const taxonomy = { behaviours: [] };
  const result = debrief(untagged, traceRun(createPlayer(untagged), [choice.event]), taxonomy);

  it('is named by code, with its decision', () => {
    expect(result.problems).toEqual([
      { code: 'untagged-choice', decision: 0, choice: expect.any(String) },
    ]);
  });

  it("is listed in the Markdown report's notes in the catalogue's words", () => {
    const [problem] = result.problems;
    if (!problem) throw new Error('no problem');
    expect(debriefMarkdown(result)).toContain(`## Notes\n\n- ${problemText(problem)}\n`);
  });
});
