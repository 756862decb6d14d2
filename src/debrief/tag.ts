/** Tagging choices: a choice shows management, leadership or both, from its behaviours' domains. */
import type { Behaviour, Choice, Taxonomy } from '../contract';
import type { BehaviourView, Option, Tag } from './types';

export function behaviourIndex(taxonomy: Taxonomy | undefined): Map<string, Behaviour> {
  return new Map(taxonomy?.behaviours.map((b) => [b.id, b]));
}

export function tagOf(behaviours: readonly BehaviourView[]): Tag {
  const domains = new Set(behaviours.map((b) => b.domain));
  if (domains.size === 0) return 'untagged';
  if (domains.size === 2) return 'both';
  return domains.has('management') ? 'management' : 'leadership';
}

export function optionOf(choice: Choice, index: Map<string, Behaviour>): Option {
  const behaviours: BehaviourView[] = [];
  const unknown: string[] = [];
  for (const id of choice.behaviours) {
    const b = index.get(id);
    if (b) behaviours.push({ ...b });
    else unknown.push(id);
  }
  return {
    event: choice.event,
    label: choice.labelInline,
    tag: tagOf(behaviours),
    behaviours,
    unknown,
  };
}
