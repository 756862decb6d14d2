/**
 * The debrief's words for the framework's terms, in one place (original wording), looked
 * up in the learner's language at call time (issue 18): each is a function over the
 * catalog, never a constant, so a debrief computed after a language change reads in it.
 */
import { t } from '../i18n';
import type { Domain, Pattern, Quality } from '../contract';
import type { DecisionReading, Tag, TrainingPath } from './types';
import '../i18n/areas/debrief';

/** The framework's qualities, in the order the debrief lists them. */
export const QUALITIES: readonly Quality[] = [
  'integrity',
  'communication',
  'strategic-thinking',
  'decisiveness',
  'empathy',
];

export function tagLabel(tag: Tag): string {
  return t(`debrief.tag.${tag}`);
}

export function domainLabel(domain: Domain): string {
  return t(`debrief.domain.${domain}`);
}

export function qualityLabel(quality: Quality): string {
  return t(`debrief.quality.${quality}`);
}

/** A quality inside a sentence ("communication"; German keeps its capital). */
export function qualityInline(quality: Quality): string {
  return t(`debrief.quality.${quality}.inline`);
}

export function patternLabel(pattern: Pattern): string {
  return t(`debrief.pattern.${pattern}`);
}

/** A pattern inside a sentence ("missed deadlines"; German keeps its capital). */
export function patternInline(pattern: Pattern): string {
  return t(`debrief.pattern.${pattern}.inline`);
}

/** What to try against a pattern, as the end of a sentence. */
export function patternTip(pattern: Pattern): string {
  return t(`debrief.pattern.${pattern}.tip`);
}

export function pathTitle(path: TrainingPath): string {
  return t(`debrief.path.${path}`);
}

export function domainTip(domain: Domain): string {
  return t(`debrief.domainTip.${domain}`);
}

/** How the evidence names each side of the role, and what it did when it worked or slipped. */
export function sideWords(domain: Domain): { name: string; worked: string; slipped: string } {
  return {
    name: t(`debrief.side.${domain}.name`),
    worked: t(`debrief.side.${domain}.worked`),
    slipped: t(`debrief.side.${domain}.slipped`),
  };
}

export function readingLabel(reading: DecisionReading): string {
  return t(`debrief.reading.${reading}`);
}
