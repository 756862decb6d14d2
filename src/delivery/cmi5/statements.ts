/**
 * The statements an AU sends besides `initialized` (which the cmi5 client sends itself),
 * built as plain data so tests can read every field: one `answered` per choice (a cmi5
 * "allowed" statement: the launch's context, no cmi5 category), and the cmi5-defined
 * completed, passed, failed and terminated, with the cmi5 category, the moveon category
 * where cmi5 asks for it, and the duration since `initialized`.
 */
import type { Agent, Context, Statement } from '@xapi/xapi';
import type { Behaviour, Outcome } from '../../contract';
import type { Tag } from '../../debrief';
import type { RunScore } from '../score';
import { isoDuration } from './duration';
import {
  CASEBOOK_EXTENSIONS as CB,
  CATEGORY,
  CMI5_EXTENSIONS,
  INTERACTION_TYPE,
  VERBS,
  type VerbName,
} from './iris';

/** What every statement of a session shares: the launch's parameters and LMS.LaunchData. */
export interface SessionContext {
  actor: Agent;
  registration: string;
  activityId: string;
  /** LMS.LaunchData's `contextTemplate` (it carries the session id). */
  contextTemplate: Context;
  masteryScore?: number;
  /** When `initialized` was sent. */
  initializedAt: Date;
}

/** One decision of a run, as the answered statement reports it. */
export interface Decision {
  runId: string;
  /** From 1. */
  number: number;
  scene: { id: string; title?: string };
  event: string;
  label: string;
  /** Every choice offered at this decision, with its label. */
  offered: { event: string; label: string }[];
  behaviours: Behaviour[];
  tag: Tag;
  /** 0–100. */
  progress: number;
  /** How long the decision took, in ms. */
  took: number;
}

const en = (text: string) => ({ 'en-US': text });

function base(session: SessionContext, verb: VerbName, at: Date, categories: string[]): Statement {
  const template = session.contextTemplate;
  const context: Context = { ...template, registration: session.registration };
  if (categories.length > 0) {
    const inherited = template.contextActivities?.category ?? [];
    context.contextActivities = {
      ...template.contextActivities,
      category: [
        ...inherited,
        ...categories.map((id) => ({ objectType: 'Activity' as const, id })),
      ],
    };
  }
  return {
    actor: session.actor,
    verb: { id: VERBS[verb], display: en(verb) },
    object: { objectType: 'Activity', id: session.activityId },
    context,
    timestamp: at.toISOString(),
  };
}

/** The object of a decision: one activity per scene, under the AU's activity id. */
export function decisionActivityId(activityId: string, scene: string): string {
  return `${activityId}/decisions/${encodeURIComponent(scene)}`;
}

export function answeredStatement(session: SessionContext, d: Decision, at: Date): Statement {
  const statement = base(session, 'answered', at, []);
  const name = d.scene.title ?? d.scene.id;
  return {
    ...statement,
    object: {
      objectType: 'Activity',
      id: decisionActivityId(session.activityId, d.scene.id),
      definition: {
        type: INTERACTION_TYPE,
        name: en(name),
        description: en(`Decision ${d.number}: ${name}`),
        interactionType: 'choice',
        choices: d.offered.map((c) => ({ id: c.event, description: en(c.label) })),
      },
    },
    result: {
      response: d.event,
      duration: isoDuration(d.took),
      extensions: {
        [CMI5_EXTENSIONS.progress]: d.progress,
        [CB.scene]: d.scene.id,
        [CB.event]: d.event,
        [CB.label]: d.label,
        [CB.decision]: d.number,
        [CB.tag]: d.tag,
        [CB.behaviours]: d.behaviours.map(behaviourView),
        [CB.run]: d.runId,
      },
    },
  };
}

function behaviourView(b: Behaviour): Record<string, string> {
  return {
    id: b.id,
    label: b.label,
    domain: b.domain,
    polarity: b.polarity,
    ...(b.quality ? { quality: b.quality } : {}),
    ...(b.pattern ? { pattern: b.pattern } : {}),
  };
}

const since = (session: SessionContext, at: Date) =>
  isoDuration(at.getTime() - session.initializedAt.getTime());

/** The ending a run reached, for completed, passed and failed. */
export interface Ending {
  runId: string;
  id: string;
  outcome: Outcome;
}

export function completedStatement(session: SessionContext, ending: Ending, at: Date): Statement {
  const statement = base(session, 'completed', at, [CATEGORY.cmi5, CATEGORY.moveOn]);
  return {
    ...statement,
    result: {
      completion: true,
      duration: since(session, at),
      extensions: {
        [CMI5_EXTENSIONS.progress]: 100,
        [CB.ending]: { id: ending.id, outcome: ending.outcome },
        [CB.run]: ending.runId,
      },
    },
  };
}

export function judgedStatement(
  session: SessionContext,
  verb: 'passed' | 'failed',
  score: RunScore,
  ending: Ending,
  at: Date,
): Statement {
  const statement = base(session, verb, at, [CATEGORY.cmi5, CATEGORY.moveOn]);
  if (session.masteryScore !== undefined)
    statement.context = {
      ...statement.context,
      extensions: {
        ...statement.context?.extensions,
        [CMI5_EXTENSIONS.masteryScore]: session.masteryScore,
      },
    };
  return {
    ...statement,
    result: {
      success: verb === 'passed',
      score: { scaled: score.scaled, raw: score.raw, min: score.min, max: score.max },
      duration: since(session, at),
      extensions: {
        [CB.ending]: { id: ending.id, outcome: ending.outcome },
        [CB.run]: ending.runId,
      },
    },
  };
}

export function terminatedStatement(session: SessionContext, at: Date): Statement {
  return {
    ...base(session, 'terminated', at, [CATEGORY.cmi5]),
    result: { duration: since(session, at) },
  };
}
