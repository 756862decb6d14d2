/**
 * What Casebook writes into an LMS's data model, as element/value pairs, for SCORM 1.2
 * and SCORM 2004 (4th edition). Pure: the runtime sends the pairs, tests read them.
 *
 * - Status: `incomplete` until an ending; then 1.2 `cmi.core.lesson_status` is `passed` or
 *   `failed` by the score rule (never `completed`: every ending has a score, so the rule
 *   always decides), 2004 `cmi.completion_status` `completed` and `cmi.success_status`
 *   `passed`/`failed` (`unknown` before). A mastery score the LMS sets (1.2
 *   `cmi.student_data.mastery_score`, 2004 `cmi.scaled_passing_score`) decides instead.
 * - One interaction per decision: id = the scene, type `choice`, the event as the response,
 *   2004 `description` = the label, result from the behaviours' polarity, and one objective
 *   id per behaviour, `domain:polarity:behaviour-id` (e.g. `management:effective:sets-clear-objectives`),
 *   after one for the choice's tag (`tag:management`, `tag:leadership`, `tag:both`), so an
 *   LMS's interaction report shows each choice's management/leadership reading.
 *   No `correct_responses`: a case has better and worse choices, not one right answer.
 */
import type { Decision } from '../decisions';
import type { RunScore } from '../score';

export type ScormFormat = 'scorm12' | 'scorm2004';

export type Pairs = [element: string, value: string][];

/** SCORM 1.2 `CMIIdentifier`: no white space or unprintable characters, at most 255. */
export function identifier12(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9_.:-]/g, '_');
  return (safe || '_').slice(0, 255);
}

/** SCORM 2004 `long_identifier_type` (we keep to the characters of a URI, at most 4000). */
function identifier2004(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9_.:()+=@;$!*'%/#-]/g, '_');
  return (/\w/.test(safe) ? safe : `_${safe}`).slice(0, 4000);
}

/** 2004 `short_identifier_type` (a choice's response), at most 250. */
function shortIdentifier(text: string): string {
  return identifier2004(text).slice(0, 250);
}

/** 1.2 `CMIFeedback` (a `CMIString256`), printable and without the commas that separate responses. */
function feedback12(text: string): string {
  return identifier12(text.replace(/,/g, '_'));
}

/** 2004 `localized_string_type` of at most 250 characters; a leading `{` would read as a language tag. */
export function description2004(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const short = plain.length > 250 ? `${plain.slice(0, 249)}…` : plain;
  return short.startsWith('{') ? `{lang=und}${short.slice(0, 240)}` : short;
}

const two = (n: number) => String(n).padStart(2, '0');

/** 1.2 `CMITimespan`, `HHHH:MM:SS.SS`. */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(cs / 360_000));
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = (cs % 6000) / 100;
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** 2004 `timeinterval (second,10,2)`: an ISO 8601 duration, `PT1H2M3.45S`. */
export function timespan2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = (cs % 6000) / 100;
  const s = Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(2).replace(/0$/, '');
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${s}S`;
}

/** 1.2 `CMITime`, the time of day `HH:MM:SS` (UTC: the standard names no zone). */
function clock12(at: Date): string {
  return `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`;
}

/** 2004 `time (second,10,0)`: ISO 8601 to hundredths of a second, in UTC. */
export function timestamp2004(at: Date): string {
  return `${at.toISOString().slice(0, 22)}Z`;
}

/** The objective ids of a decision: its tag, then `domain:polarity:id` per behaviour. */
export function objectiveIds(decision: Decision): string[] {
  return [
    `tag:${decision.tag}`,
    ...decision.behaviours.map((b) => `${b.domain}:${b.polarity}:${b.id}`),
  ];
}

/** The pairs of interaction `n` for `decision`, made at `at`. */
export function interactionPairs(
  format: ScormFormat,
  n: number,
  decision: Decision,
  at: Date,
): Pairs {
  const base = `cmi.interactions.${n}`;
  const ids = objectiveIds(decision);
  if (format === 'scorm12')
    return [
      [`${base}.id`, identifier12(decision.scene)],
      [`${base}.type`, 'choice'],
      ...ids.map((id, m): [string, string] => [`${base}.objectives.${m}.id`, identifier12(id)]),
      [`${base}.time`, clock12(at)],
      [`${base}.student_response`, feedback12(decision.event)],
      [`${base}.result`, decision.result],
    ];
  return [
    [`${base}.id`, identifier2004(decision.scene)],
    [`${base}.type`, 'choice'],
    ...ids.map((id, m): [string, string] => [`${base}.objectives.${m}.id`, identifier2004(id)]),
    [`${base}.timestamp`, timestamp2004(at)],
    [`${base}.learner_response`, shortIdentifier(decision.event)],
    [`${base}.result`, decision.result === 'wrong' ? 'incorrect' : decision.result],
    [`${base}.description`, description2004(decision.label)],
  ];
}

/** Where the learner is: the scene on screen (or the ending reached). */
export function locationPairs(format: ScormFormat, scene: string): Pairs {
  return format === 'scorm12'
    ? [['cmi.core.lesson_location', scene.slice(0, 255)]]
    : [['cmi.location', scene.slice(0, 1000)]];
}

/** The status of an attempt not finished yet. */
export function incompletePairs(format: ScormFormat): Pairs {
  return format === 'scorm12'
    ? [['cmi.core.lesson_status', 'incomplete']]
    : [
        ['cmi.completion_status', 'incomplete'],
        ['cmi.success_status', 'unknown'],
      ];
}

/**
 * The score and status of an ending. `mastery` is the LMS's own pass mark, if it set one
 * (1.2: a raw score 0–100; 2004: a scaled score −1–1), which decides over the rule's.
 */
export function endingPairs(format: ScormFormat, score: RunScore, mastery?: number): Pairs {
  const raw = String(score.raw);
  if (format === 'scorm12') {
    const passed = mastery === undefined ? score.passed : score.raw >= mastery;
    return [
      ['cmi.core.score.min', String(score.min)],
      ['cmi.core.score.max', String(score.max)],
      ['cmi.core.score.raw', raw],
      ['cmi.core.lesson_status', passed ? 'passed' : 'failed'],
    ];
  }
  const passed = mastery === undefined ? score.passed : score.scaled >= mastery;
  return [
    ['cmi.score.min', String(score.min)],
    ['cmi.score.max', String(score.max)],
    ['cmi.score.raw', raw],
    ['cmi.score.scaled', String(score.scaled)],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', passed ? 'passed' : 'failed'],
  ];
}

/** `suspend` while a run is under way (the LMS keeps the attempt open), normal after an ending. */
export function exitPairs(format: ScormFormat, suspend: boolean, sessionMs: number): Pairs {
  return format === 'scorm12'
    ? [
        ['cmi.core.exit', suspend ? 'suspend' : ''],
        ['cmi.core.session_time', timespan12(sessionMs)],
      ]
    : [
        ['cmi.exit', suspend ? 'suspend' : 'normal'],
        ['cmi.session_time', timespan2004(sessionMs)],
      ];
}

/** The elements the runtime reads at start, by format. */
export const READ = {
  scorm12: {
    suspendData: 'cmi.suspend_data',
    interactions: 'cmi.interactions._count',
    status: 'cmi.core.lesson_status',
    mastery: 'cmi.student_data.mastery_score',
    language: 'cmi.student_preference.language',
  },
  scorm2004: {
    suspendData: 'cmi.suspend_data',
    interactions: 'cmi.interactions._count',
    status: 'cmi.completion_status',
    mastery: 'cmi.scaled_passing_score',
    language: 'cmi.learner_preference.language',
  },
} as const;

/** Statuses after which an attempt is not set back to `incomplete`. */
export const DONE = new Set(['passed', 'failed', 'completed']);
