/**
 * What an ending reports, by cmi5's rules (9.3): `completed` once per registration, since
 * the learner has played the scenario through; then `passed` or `failed` once, when the LMS
 * asks for a judgement (moveOn Passed, CompletedAndPassed or CompletedOrPassed, or a
 * masteryScore in LMS.LaunchData). The masteryScore, when given, is the pass mark (scaled,
 * 0–1) over the course's own pass score. A launch to browse or review reports neither.
 */
import type { LaunchData } from '@xapi/cmi5';
import type { RunScore } from '../score';

/** What this registration already holds (read from the LRS at launch, then kept up to date). */
export interface Recorded {
  completed: boolean;
  judged: boolean;
}

export type EndingVerb = 'completed' | 'passed' | 'failed';

const JUDGED: readonly LaunchData['moveOn'][] = [
  'Passed',
  'CompletedAndPassed',
  'CompletedOrPassed',
];

/** Whether the run passes: the LMS's masteryScore when it set one, else the course's rule. */
export function passes(score: RunScore, masteryScore: number | undefined): boolean {
  return masteryScore === undefined ? score.passed : score.scaled >= masteryScore;
}

export function endingVerbs(
  launch: Pick<LaunchData, 'moveOn' | 'masteryScore' | 'launchMode'>,
  score: RunScore,
  recorded: Recorded,
): EndingVerb[] {
  if (launch.launchMode !== 'Normal') return [];
  const verbs: EndingVerb[] = recorded.completed ? [] : ['completed'];
  const judge = JUDGED.includes(launch.moveOn) || launch.masteryScore !== undefined;
  if (judge && !recorded.judged)
    verbs.push(passes(score, launch.masteryScore) ? 'passed' : 'failed');
  return verbs;
}
