/**
 * The scenarios to play next: the learner's stage first (a scenario's `audience`), then
 * the side their path works on (its `focus`), then ones they have not played. A scenario
 * written for two stages above the learner's (a new manager and a senior-leader case)
 * always ranks below every scenario of their own stage, so it is never suggested first
 * while one of those exists.
 */
import type { Audience, Focus, Outcome, ScenarioCard } from '../contract';
import { audiencePlural } from './path-words';
import { t } from '../i18n';
import '../i18n/areas/reading';
import type { LearnerProfileInput, TrainingPath } from './types';

/** What the learner has done with one scenario, for its suggestion. */
export interface PlayedBefore {
  runs: number;
  latestOutcome?: Outcome;
}

export interface Suggestion {
  id: string;
  title: string;
  why: string;
}

const STEP: Record<Audience, number> = {
  'new-manager': 0,
  'experienced-manager': 1,
  'senior-leader': 2,
};

/** How well a card's audience fits the stage: its own stage best, one step up next. */
function audienceFit(stage: Audience | undefined, path: TrainingPath, audience: Audience): number {
  const from =
    stage ??
    (path === 'management-fundamentals'
      ? 'new-manager'
      : path === 'leadership-development'
        ? 'senior-leader'
        : 'experienced-manager');
  const gap = STEP[audience] - STEP[from];
  return gap === 0 ? 4 : gap === 1 ? 2 : gap === -1 ? 1 : -2;
}

const WANTED: Record<TrainingPath, Focus> = {
  'management-fundamentals': 'management',
  'leadership-development': 'leadership',
  blended: 'both',
};

function focusFit(path: TrainingPath, focus: Focus): number {
  const wanted = WANTED[path];
  return focus === wanted ? 2 : focus === 'both' || wanted === 'both' ? 1 : 0;
}

export function suggest(
  cards: ScenarioCard[],
  path: TrainingPath,
  profile: LearnerProfileInput,
  played: ReadonlyMap<string, PlayedBefore>,
): Suggestion[] {
  const score = (card: ScenarioCard) =>
    audienceFit(profile.stage, path, card.audience) +
    focusFit(path, card.focus) +
    (played.has(card.id) ? 0 : 2);
  const fit = (card: ScenarioCard) => audienceFit(profile.stage, path, card.audience);
  return [...cards]
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        fit(b) - fit(a) ||
        (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
    )
    .slice(0, 3)
    .map((card) => ({ id: card.id, title: card.title, why: why(card, path, profile, played) }));
}

function why(
  card: ScenarioCard,
  path: TrainingPath,
  profile: LearnerProfileInput,
  played: ReadonlyMap<string, PlayedBefore>,
): string {
  const stage = profile.stage;
  const parts: string[] = [];
  const audience = audiencePlural(card.audience);
  if (stage && card.audience === stage) parts.push(t('reading.suggest.yourStage', { audience }));
  else if (stage && STEP[card.audience] > STEP[stage])
    parts.push(t('reading.suggest.stretch', { audience }));
  else parts.push(t('reading.suggest.writtenFor', { audience }));
  const wanted = WANTED[path];
  if (card.focus === wanted && wanted !== 'both')
    parts.push(t('reading.suggest.focusStarts', { focus: wanted }));
  else if (card.focus === 'both') parts.push(t('reading.suggest.focusBoth'));
  else parts.push(t('reading.suggest.focus', { focus: card.focus }));
  const before = played.get(card.id);
  if (!before) parts.push(t('reading.suggest.notPlayed'));
  else if (before.latestOutcome)
    parts.push(
      t('reading.suggest.playedEnding', { runs: before.runs, outcome: before.latestOutcome }),
    );
  else parts.push(t('reading.suggest.played', { runs: before.runs }));
  const text = `${parts.join('; ')}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
