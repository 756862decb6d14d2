/**
 * Words the app shows for the format's values, in one place, in the learner's language
 * (issue 18): each is looked up when it is read, never kept, so a page re-rendered in
 * another language reads the new words. The `*_LABEL` records (for the pages that still
 * index them) read through `t` on every access, so `OUTCOME_LABEL[o]` is as current as
 * `outcomeLabel(o)`.
 */
import type { Audience, Focus, Outcome } from '../contract';
import { t, type MessageId } from '../i18n';

const AUDIENCE_IDS = {
  'new-manager': 'common.audience.newManager',
  'experienced-manager': 'common.audience.experiencedManager',
  'senior-leader': 'common.audience.seniorLeader',
} as const satisfies Record<Audience, MessageId>;

const FOCUS_IDS = {
  management: 'common.focus.management',
  leadership: 'common.focus.leadership',
  both: 'common.focus.both',
} as const satisfies Record<Focus, MessageId>;

const OUTCOME_IDS = {
  strong: 'common.outcome.strong',
  mixed: 'common.outcome.mixed',
  weak: 'common.outcome.weak',
} as const satisfies Record<Outcome, MessageId>;

export const audienceLabel = (a: Audience): string => t(AUDIENCE_IDS[a]);
export const focusLabel = (f: Focus): string => t(FOCUS_IDS[f]);
export const outcomeLabel = (o: Outcome): string => t(OUTCOME_IDS[o]);

/** A record whose every read looks the word up in the active language. */
function liveRecord<K extends string>(ids: Record<K, MessageId>): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of Object.keys(ids) as K[])
    Object.defineProperty(record, key, { enumerable: true, get: () => t(ids[key]) });
  return record;
}

export const OUTCOME_LABEL = liveRecord<Outcome>(OUTCOME_IDS);

export function decisionsLabel(decisions: { shortest: number; longest: number | null }): string {
  const { shortest, longest } = decisions;
  if (longest === null || longest === shortest) return t('common.decisions', { count: shortest });
  return t('common.decisionsRange', { shortest, longest });
}

/** "your one run", "your 6 runs": the profile speaks of runs, never of "this run". */
export const runsWord = (n: number) => t('common.yourRuns', { count: n });
