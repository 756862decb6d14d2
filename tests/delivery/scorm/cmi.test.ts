/**
 * The data-model mapping: identifiers and times in each standard's own formats, and every
 * pair a decision, an ending, an exit or a location gives accepted as it is by scorm-again's
 * real SCORM 1.2 and 2004 APIs.
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../src/delivery/decisions';
import {
  description2004,
  endingPairs,
  exitPairs,
  identifier12,
  incompletePairs,
  interactionPairs,
  locationPairs,
  objectiveIds,
  timespan12,
  timespan2004,
  timestamp2004,
  type Pairs,
  type ScormFormat,
} from '../../../src/delivery/scorm/cmi';
import { scoreRun, DEFAULT_SCORE_RULE } from '../../../src/delivery/score';
import { newApi } from './lms';

const decision: Decision = {
  index: 0,
  scene: 'opening scene, with spaces',
  event: 'ASK_WHAT_HAPPENED',
  label: 'Ask Priya **what** has been getting in the way.',
  behaviours: [
    {
      id: 'open-question',
      label: 'Asks an open question',
      description: 'd',
      domain: 'leadership',
      polarity: 'effective',
      quality: 'communication',
    },
    {
      id: 'vague-delegation',
      label: 'Delegates vaguely',
      description: 'd',
      domain: 'management',
      polarity: 'counterproductive',
      pattern: 'vague-delegation',
    },
  ],
  tag: 'both',
  result: 'neutral',
};

/** SCORM 1.2's own formats (RTE 3.4.2), stricter than any LMS's check. */
const CMI_IDENTIFIER_12 = /^[A-Za-z0-9_.:-]{1,255}$/;
const CMI_TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

describe('identifiers and times', () => {
  it('makes SCORM 1.2 identifiers without white space, at most 255 characters', () => {
    expect(identifier12('opening scene, with spaces')).toBe('opening_scene__with_spaces');
    expect(identifier12('x'.repeat(300))).toHaveLength(255);
    expect(identifier12('')).toMatch(CMI_IDENTIFIER_12);
    expect(identifier12('émoji 🙂')).toMatch(CMI_IDENTIFIER_12);
  });

  it('writes session times as HHHH:MM:SS.SS and as ISO 8601 durations', () => {
    const ms = (3 * 3600 + 4 * 60 + 5.5) * 1000;
    expect(timespan12(ms)).toBe('0003:04:05.50');
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(ms)).toMatch(CMI_TIMESPAN_12);
    expect(timespan2004(ms)).toBe('PT3H4M5.5S');
    expect(timespan2004(42_000)).toBe('PT42S');
    expect(timespan2004(0)).toBe('PT0S');
  });

  it('stamps 2004 times in UTC to hundredths of a second', () => {
    expect(timestamp2004(new Date('2026-12-03T06:07:08.129Z'))).toBe('2026-12-03T06:07:08.12Z');
  });

  it('keeps a 2004 description to 250 characters, and a leading brace from reading as a language', () => {
    expect(description2004('a'.repeat(400))).toHaveLength(250);
    expect(description2004('{lang=fr} not French')).toMatch(/^\{lang=und\}\{lang=fr\}/);
    expect(description2004('Two\n lines')).toBe('Two lines');
  });

  it('names each behaviour as domain:polarity:id after the choice’s tag', () => {
    expect(objectiveIds(decision)).toEqual([
      'tag:both',
      'leadership:effective:open-question',
      'management:counterproductive:vague-delegation',
    ]);
  });
});

function accepted(format: ScormFormat, pairs: Pairs): [string, string, string][] {
  const api = newApi(format);
  const refused: [string, string, string][] = [];
  api.lmsInitialize();
  for (const [e, v] of pairs)
    if (api.lmsSetValue(e, v) !== 'true') refused.push([e, v, api.lmsGetLastError()]);
  return refused;
}

describe.each(['scorm12', 'scorm2004'] as const)('%s pairs', (format) => {
  const score = scoreRun(DEFAULT_SCORE_RULE, 'missed-deadline', { id: 'end', outcome: 'mixed' });
  const at = new Date('2026-12-03T06:07:08Z');

  it('are all accepted by scorm-again', () => {
    const pairs = [
      ...incompletePairs(format),
      ...interactionPairs(format, 0, decision, at),
      ...interactionPairs(format, 1, { ...decision, result: 'wrong' }, at),
      ...locationPairs(format, 'listening'),
      ...endingPairs(format, score),
      ...exitPairs(format, true, 61_000),
    ];
    expect(accepted(format, pairs)).toEqual([]);
  });

  it('report the decision as a choice, with the event as the response', () => {
    const pairs = new Map(interactionPairs(format, 3, decision, at));
    expect(pairs.get('cmi.interactions.3.type')).toBe('choice');
    const response = format === 'scorm12' ? 'student_response' : 'learner_response';
    expect(pairs.get(`cmi.interactions.3.${response}`)).toBe('ASK_WHAT_HAPPENED');
    expect(pairs.get('cmi.interactions.3.id')).toBe('opening_scene__with_spaces');
    expect(pairs.get('cmi.interactions.3.objectives.1.id')).toBe(
      'leadership:effective:open-question',
    );
    expect(pairs.get('cmi.interactions.3.description')).toBe(
      format === 'scorm2004' ? decision.label : undefined,
    );
  });

  it('pass and fail by the rule, or by the LMS’s mastery score when it sets one', () => {
    const status = (pairs: Pairs) =>
      new Map(pairs).get(format === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status');
    expect(status(endingPairs(format, score))).toBe('passed');
    expect(status(endingPairs(format, score, format === 'scorm12' ? 80 : 0.8))).toBe('failed');
    const weak = scoreRun(DEFAULT_SCORE_RULE, 'x', { id: 'e', outcome: 'weak' });
    expect(status(endingPairs(format, weak))).toBe('failed');
  });
});
