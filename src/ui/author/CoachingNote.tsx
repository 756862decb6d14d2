// A choice's coaching note as author mode shows it, beside the choice (the learner
// sees it only in the debrief, or at once in practice mode).
import type { Choice } from '../../contract';
import { Prose } from '../components/Prose';

export function CoachingNote({ choice }: { choice: Choice }) {
  if (choice.coaching.blocks.length === 0) return null;
  return (
    <div className="coaching">
      <p className="coaching-title">Coaching note</p>
      <Prose blocks={choice.coaching.blocks} />
    </div>
  );
}
