/**
 * The recommended training path, from what the run showed and what the role asks:
 * the diagnosis weighs most, then the failure patterns, the learner's career stage
 * and their own answer about what their role demands. Every factor becomes a reason
 * the learner can read.
 */
import type { Audience } from '../contract';
import type {
  Diagnosis,
  LearnerProfileInput,
  PatternSeen,
  Recommendation,
  TrainingPath,
} from './types';
import { DOMAIN_TIP, PATH_TITLE, PATTERN_WORDS } from './words';

interface Votes {
  management: number;
  leadership: number;
  reasons: string[];
}

const STAGE_REASON: Record<Audience, [number, number, string]> = {
  'new-manager': [1, 0, 'Early in a management role, the practical basics usually come first.'],
  'experienced-manager': [
    0,
    1,
    'As your scope widens, setting direction and bringing people with you matter more.',
  ],
  'senior-leader': [
    1,
    1,
    'Senior roles ask for both: control of delivery and influence over direction.',
  ],
};

export function recommend(
  diagnosis: Diagnosis,
  patterns: PatternSeen[],
  profile: LearnerProfileInput,
): Recommendation {
  const votes: Votes = { management: 0, leadership: 0, reasons: [] };
  const add = (management: number, leadership: number, reason: string) => {
    votes.management += management;
    votes.leadership += leadership;
    votes.reasons.push(reason);
  };
  if (diagnosis.kind === 'execution-without-direction')
    add(0, 2, 'Your choices were strong on execution; direction is where the gap showed.');
  else if (diagnosis.kind === 'direction-without-execution')
    add(2, 0, 'Your choices were strong on direction; execution is where the gap showed.');
  else if (diagnosis.kind === 'foundations-first')
    add(2, 0, 'The practical foundations (clear objectives, owners, dates) come first.');
  else votes.reasons.push('Your choices balanced execution and direction in this run.');
  const sides = new Set(patterns.map((p) => p.side));
  if (sides.has('management'))
    add(
      1,
      0,
      `The failure patterns you showed (${names(patterns, 'management')}) point to a management gap.`,
    );
  if (sides.has('leadership'))
    add(
      0,
      1,
      `The failure patterns you showed (${names(patterns, 'leadership')}) point to a leadership gap.`,
    );
  if (profile.stage) add(...STAGE_REASON[profile.stage]);
  if (profile.demands === 'execution')
    add(1, 0, 'You said your role mainly asks you to improve execution.');
  if (profile.demands === 'direction')
    add(0, 1, 'You said your role mainly asks you to shape direction.');
  if (profile.demands === 'both')
    add(1, 1, 'You said your role asks for both execution and direction.');
  const path = choose(votes);
  return {
    path,
    title: PATH_TITLE[path],
    reasons: votes.reasons,
    focus: focus(diagnosis, patterns),
  };
}

function choose({ management, leadership }: Votes): TrainingPath {
  const diff = management - leadership;
  if (diff >= 2 || (diff === 1 && leadership === 0)) return 'management-fundamentals';
  if (diff <= -2 || (diff === -1 && management === 0)) return 'leadership-development';
  return 'blended';
}

function names(patterns: PatternSeen[], side: string): string {
  return patterns
    .filter((p) => p.side === side)
    .map((p) => PATTERN_WORDS[p.pattern].label.toLowerCase())
    .join(', ');
}

/** The one or two things to work on: the most frequent failure pattern, then the weaker side. */
function focus(diagnosis: Diagnosis, patterns: PatternSeen[]): string[] {
  const out: string[] = [];
  const top = [...patterns].sort((a, b) => b.decisions.length - a.decisions.length)[0];
  if (top) out.push(`${PATTERN_WORDS[top.pattern].label}: ${PATTERN_WORDS[top.pattern].tip}.`);
  if (diagnosis.kind === 'execution-without-direction')
    out.push(`Direction: ${DOMAIN_TIP.leadership}.`);
  else if (
    diagnosis.kind === 'direction-without-execution' ||
    diagnosis.kind === 'foundations-first'
  )
    out.push(`Execution: ${DOMAIN_TIP.management}.`);
  else if (out.length === 0)
    out.push(
      'Keep both sides in play: try the scenario again and take a road you did not take this time.',
    );
  return out.slice(0, 2);
}
