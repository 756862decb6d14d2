/**
 * Words author mode writes for the analysis' findings and the format's values, in the
 * author's language, looked up when read (this module stays out of the worker, which
 * lays out the map with `map-model.ts` and never needs words).
 */
import type { Outcome, SceneKind } from '../../contract';
import { activeLanguage, t, type MessageId } from '../../i18n';
import type { SceneMark } from './map-model';
import '../../i18n/areas/author';

const MARK_IDS = {
  unreachable: 'author.mark.unreachable',
  'unreachable-ending': 'author.mark.unreachableEnding',
  'dead-end': 'author.mark.deadEnd',
  'no-way-out': 'author.mark.noWayOut',
} as const satisfies Record<SceneMark, MessageId>;

const OUTCOME_IDS = {
  strong: 'author.outcome.strong',
  mixed: 'author.outcome.mixed',
  weak: 'author.outcome.weak',
} as const satisfies Record<Outcome, MessageId>;

const KIND_IDS = {
  scene: 'author.kind.scene',
  router: 'author.kind.router',
  ending: 'author.kind.ending',
} as const satisfies Record<SceneKind, MessageId>;

/** What the analysis found on a scene, e.g. "no run reaches it". */
export const markLabel = (mark: SceneMark): string => t(MARK_IDS[mark]);

/** An ending's outcome as one word in a sentence ("strong"). */
export const outcomeWord = (outcome: Outcome | undefined): string =>
  outcome ? t(OUTCOME_IDS[outcome]) : '';

/** What kind of scene it is ("scene", "router", "ending"). */
export const kindWord = (kind: SceneKind): string => t(KIND_IDS[kind]);

/** A label in the middle of a sentence: lower case in English ("· management"); German nouns keep their capital. */
export const inSentence = (label: string): string =>
  activeLanguage().startsWith('en') ? label.toLowerCase() : label;
