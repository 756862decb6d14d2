/**
 * Every IRI the cmi5 runtime writes: the verbs and context activities cmi5 defines, and the
 * extensions Casebook owns, all under one base (`https://casebook.dev/xapi/`) that
 * docs/cmi5.md documents one by one. An LRS report reads a choice's scene, event, label
 * and behaviours from these keys, so they are a contract: add to them, never rename.
 */

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export type VerbName = keyof typeof VERBS;

/** cmi5 9.6.2: the category of every cmi5-defined statement, and of those that count for moveOn. */
export const CATEGORY = {
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
} as const;

/** The extensions cmi5 defines. */
export const CMI5_EXTENSIONS = {
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
} as const;

/** An interaction's activity type (xAPI's cmi.interaction). */
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Casebook's own IRIs; each is documented in docs/cmi5.md. */
const CASEBOOK_BASE = 'https://casebook.dev/xapi/';

export const CASEBOOK_EXTENSIONS = {
  /** The scene's id (the state of the scenario's machine). */
  scene: `${CASEBOOK_BASE}extensions/scene`,
  /** The event of the choice taken (the machine's event name), also `result.response`. */
  event: `${CASEBOOK_BASE}extensions/event`,
  /** The choice's label, as the learner read it on the button. */
  label: `${CASEBOOK_BASE}extensions/label`,
  /** The decision's number in the run, from 1. */
  decision: `${CASEBOOK_BASE}extensions/decision`,
  /** The choice's tag from its behaviours' domains: management, leadership, both or untagged. */
  tag: `${CASEBOOK_BASE}extensions/tag`,
  /** The choice's behaviours: `{ id, label, domain, polarity, quality?, pattern? }[]`. */
  behaviours: `${CASEBOOK_BASE}extensions/behaviours`,
  /** On completed, passed and failed: the ending reached, `{ id, outcome }`. */
  ending: `${CASEBOOK_BASE}extensions/ending`,
  /** On answered and completed: the Casebook run the statements are about (its id in the browser). */
  run: `${CASEBOOK_BASE}extensions/run`,
} as const;
