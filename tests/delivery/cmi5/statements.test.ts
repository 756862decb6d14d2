/**
 * The statements a cmi5 session sends, read field by field: verb ids, the decision's
 * activity and interaction definition, the extension IRIs and what they hold, the cmi5
 * context (registration, session id, category only on defined statements, moveon on
 * completed, passed and failed), progress and durations.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_RULE, scoreRun } from '../../../src/delivery';
import {
  answeredStatement,
  completedStatement,
  decisionActivityId,
  judgedStatement,
  terminatedStatement,
  type Decision,
  type SessionContext,
} from '../../../src/delivery/cmi5/statements';

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
const CB = 'https://casebook.dev/xapi/extensions/';

const start = new Date('2026-03-01T09:00:00.000Z');
const later = (ms: number) => new Date(start.getTime() + ms);

const session: SessionContext = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'l-1' } },
  registration: '2b4f0d8e-6c1a-4f7e-9a53-0e7c1d2b3a4f',
  activityId: 'https://courses.example.org/au/missed-deadline',
  contextTemplate: {
    contextActivities: {
      grouping: [{ objectType: 'Activity', id: 'https://courses.example.org' }],
    },
    extensions: { [SESSION_ID]: 'session-7' },
  },
  initializedAt: start,
};

const decision: Decision = {
  runId: 'r-1',
  number: 2,
  scene: { id: 'the-reason', title: 'What is really going on' },
  event: 'ASK_GENTLY',
  label: 'Ask gently what has been happening',
  offered: [
    { event: 'ASK_GENTLY', label: 'Ask gently what has been happening' },
    { event: 'PUSH_FOR_DATES', label: 'Push for new dates' },
  ],
  behaviours: [
    {
      id: 'open-question',
      label: 'Asks an open question',
      description: '…',
      domain: 'leadership',
      polarity: 'effective',
      quality: 'empathy',
    },
    {
      id: 'avoids-conversation',
      label: 'Avoids the conversation',
      description: '…',
      domain: 'management',
      polarity: 'counterproductive',
      pattern: 'inconsistent-feedback',
    },
  ],
  tag: 'both',
  progress: 33,
  took: 12_345,
};

const categories = (s: { context?: { contextActivities?: { category?: { id: string }[] } } }) =>
  (s.context?.contextActivities?.category ?? []).map((c) => c.id);

describe('the answered statement of a choice', () => {
  const s = answeredStatement(session, decision, later(60_000));

  it('is a cmi.interaction of type choice under the AU, one activity per scene', () => {
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s.object).toEqual({
      objectType: 'Activity',
      id: 'https://courses.example.org/au/missed-deadline/decisions/the-reason',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { 'en-US': 'What is really going on' },
        description: { 'en-US': 'Decision 2: What is really going on' },
        interactionType: 'choice',
        choices: [
          { id: 'ASK_GENTLY', description: { 'en-US': 'Ask gently what has been happening' } },
          { id: 'PUSH_FOR_DATES', description: { 'en-US': 'Push for new dates' } },
        ],
      },
    });
    expect(decisionActivityId('https://x.example/au', 'a b/c')).toBe(
      'https://x.example/au/decisions/a%20b%2Fc',
    );
  });

  it('answers with the event, and carries scene, event, label, tag and behaviours under our IRIs', () => {
    expect(s.result?.response).toBe('ASK_GENTLY');
    expect(s.result?.duration).toBe('PT12.35S');
    expect(s.result?.extensions).toEqual({
      [PROGRESS]: 33,
      [`${CB}scene`]: 'the-reason',
      [`${CB}event`]: 'ASK_GENTLY',
      [`${CB}label`]: 'Ask gently what has been happening',
      [`${CB}decision`]: 2,
      [`${CB}tag`]: 'both',
      [`${CB}run`]: 'r-1',
      [`${CB}behaviours`]: [
        {
          id: 'open-question',
          label: 'Asks an open question',
          domain: 'leadership',
          polarity: 'effective',
          quality: 'empathy',
        },
        {
          id: 'avoids-conversation',
          label: 'Avoids the conversation',
          domain: 'management',
          polarity: 'counterproductive',
          pattern: 'inconsistent-feedback',
        },
      ],
    });
  });

  it("keeps the launch's context (registration, session id, grouping) and has no cmi5 category", () => {
    expect(s.actor).toEqual(session.actor);
    expect(s.context?.registration).toBe(session.registration);
    expect(s.context?.extensions?.[SESSION_ID]).toBe('session-7');
    expect(s.context?.contextActivities?.grouping).toEqual(
      session.contextTemplate.contextActivities?.grouping,
    );
    expect(categories(s)).toEqual([]);
    expect(s.timestamp).toBe('2026-03-01T09:01:00.000Z');
  });
});

describe('the cmi5-defined statements of an ending', () => {
  const ending = { runId: 'r-1', id: 'outcome-owned-plan', outcome: 'mixed' as const };
  const score = scoreRun(DEFAULT_SCORE_RULE, 'missed-deadline', ending);

  it('completed: completion, progress 100, the duration since initialized, cmi5 and moveon categories', () => {
    const s = completedStatement(session, ending, later(3_723_000));
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(s.object).toEqual({ objectType: 'Activity', id: session.activityId });
    expect(s.result).toMatchObject({ completion: true, duration: 'PT1H2M3S' });
    expect(s.result?.extensions?.[PROGRESS]).toBe(100);
    expect(s.result?.extensions?.[`${CB}ending`]).toEqual({
      id: 'outcome-owned-plan',
      outcome: 'mixed',
    });
    expect(categories(s)).toEqual([CMI5, MOVE_ON]);
    expect(s.context?.extensions?.[SESSION_ID]).toBe('session-7');
    expect(s.context?.contextActivities?.grouping).toHaveLength(1);
  });

  it('passed and failed: success, the scaled score, and the masteryScore the LMS set', () => {
    const passed = judgedStatement(session, 'passed', score, ending, later(1000));
    expect(passed.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(passed.result).toMatchObject({
      success: true,
      score: { scaled: 0.6, raw: 60, min: 0, max: 100 },
      duration: 'PT1S',
    });
    expect(passed.context?.extensions).not.toHaveProperty([
      'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
    ]);
    expect(categories(passed)).toEqual([CMI5, MOVE_ON]);
    const failed = judgedStatement(
      { ...session, masteryScore: 0.8 },
      'failed',
      score,
      ending,
      later(1000),
    );
    expect(failed.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(failed.result?.success).toBe(false);
    expect(failed.context?.extensions).toEqual({
      [SESSION_ID]: 'session-7',
      'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8,
    });
  });

  it('terminated: the session duration, the cmi5 category and not moveon', () => {
    const s = terminatedStatement(session, later(90_500));
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
    expect(s.result).toEqual({ duration: 'PT1M30.5S' });
    expect(categories(s)).toEqual([CMI5]);
  });
});
