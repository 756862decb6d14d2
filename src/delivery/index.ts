/**
 * Delivery into the learning stack (SCORM 1.2 and 2004, cmi5): what the app reports to
 * an LMS or a Learning Record Store about a learner's runs. It reads the learner's
 * progress and the debrief's tags, and never the compiler; the app loads a format's
 * runtime only in a package built for that format.
 */
export { DEFAULT_SCORE_RULE, scoreRun, type ScoreRule } from './score';
