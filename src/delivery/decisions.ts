/**
 * A run's decisions as an LMS or LRS records them: for each choice, the scene it was made
 * in, the event and the label the learner read, the behaviours it shows (with their domain,
 * polarity, pattern and quality, copied from the taxonomy so a report stands on its own),
 * the debrief's tag, and a result from the behaviours' polarity. Every format (SCORM's
 * interactions, cmi5's `answered` statements) maps these; none re-reads a trace.
 */
import type { Behaviour, Taxonomy } from '../contract';
import { behaviourIndex, choiceTag, type Tag } from '../debrief';
import type { Trace } from '../engine';

/** `correct` when every known behaviour is effective, `wrong` when every one is counterproductive. */
type DecisionResult = 'correct' | 'wrong' | 'neutral';

export interface Decision {
  /** 0-based decision number in the run. */
  index: number;
  scene: string;
  event: string;
  /** The choice's label as the author wrote it (Markdown inline text). */
  label: string;
  /** The choice's behaviours the taxonomy knows, in the author's order. */
  behaviours: Behaviour[];
  tag: Tag;
  result: DecisionResult;
}

function resultOf(behaviours: readonly Behaviour[]): DecisionResult {
  if (behaviours.length === 0) return 'neutral';
  if (behaviours.every((b) => b.polarity === 'effective')) return 'correct';
  if (behaviours.every((b) => b.polarity === 'counterproductive')) return 'wrong';
  return 'neutral';
}

export function decisionsOf(trace: Trace, taxonomy: Taxonomy | undefined): Decision[] {
  const index = behaviourIndex(taxonomy);
  return trace.steps.map((step) => {
    const behaviours = step.behaviours.flatMap((id) => {
      const b = index.get(id);
      return b ? [{ ...b }] : [];
    });
    return {
      index: step.index,
      scene: step.scene,
      event: step.event,
      label: step.label,
      behaviours,
      tag: choiceTag(step.behaviours, index),
      result: resultOf(behaviours),
    };
  });
}
