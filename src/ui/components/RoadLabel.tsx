// Format v1.1 (views15): a choice's label as a learner's record shows it. A timed
// decision's TIME_UP road was no button the learner clicked, so it reads as the time
// running out ("You let the time run out: …", or "Letting the time run out: …" for a
// road not taken), in words, not by colour or icon alone.
import type { Inline } from '../../contract';
import { timeUpWords } from '../../debrief/time-up-words';
import { ChoiceLabel } from './ChoiceLabel';

export function RoadLabel({
  inlines,
  timeUp,
  taken,
}: {
  inlines: readonly Inline[];
  /** The road is the timer's (`Option.timeUp`, or a choice with a `timeout`). */
  timeUp: boolean | undefined;
  /** The learner took this road (false: a road not taken). */
  taken: boolean;
}) {
  return (
    <>
      {timeUp && <span className="time-up">{timeUpWords(taken)}: </span>}
      <ChoiceLabel inlines={inlines} />
    </>
  );
}
