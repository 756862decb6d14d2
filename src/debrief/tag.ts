/**
 * Tagging choices: a choice shows management, leadership or both, from its behaviours'
 * domains. This is the one copy of that rule: the debrief, the author's map and the
 * scene reader all call it.
 */
import type { Behaviour, Choice, Domain, Taxonomy } from '../contract';
import type { BehaviourView, Option, Tag } from './types';

export function behaviourIndex(taxonomy: Taxonomy | undefined): Map<string, Behaviour> {
  return new Map(taxonomy?.behaviours.map((b) => [b.id, b]));
}

/** Both domains make `both`, one makes that domain, none makes `untagged`. */
function tagOfDomains(domains: Iterable<Domain>): Tag {
  const seen = new Set(domains);
  if (seen.size === 0) return 'untagged';
  if (seen.size === 2) return 'both';
  return seen.has('management') ? 'management' : 'leadership';
}

function tagOf(behaviours: readonly BehaviourView[]): Tag {
  return tagOfDomains(behaviours.map((b) => b.domain));
}

/** A choice's tag from its behaviour ids; ids the taxonomy does not have count for nothing. */
export function choiceTag(behaviourIds: readonly string[], index: Map<string, Behaviour>): Tag {
  return tagOfDomains(behaviourIds.flatMap((id) => index.get(id)?.domain ?? []));
}

export function optionOf(choice: Choice, index: Map<string, Behaviour>): Option {
  const behaviours: BehaviourView[] = [];
  const unknown: string[] = [];
  for (const id of choice.behaviours) {
    const b = index.get(id);
    if (b) behaviours.push({ ...b });
    else unknown.push(id);
  }
  const option: Option = {
    event: choice.event,
    label: choice.labelInline,
    tag: tagOf(behaviours),
    behaviours,
    unknown,
  };
  // Format v1.1 (views15): the timer's road reads as the time running out, not as a click.
  if (choice.timeout !== undefined) option.timeUp = true;
  return option;
}
