// The facts of a scenario card, the same on the library card and the briefing.
import type { ScenarioCard } from '../../contract';
import { AUDIENCE_LABEL, decisionsLabel, FOCUS_LABEL } from '../labels';

export function ScenarioFacts({ card }: { card: ScenarioCard }) {
  return (
    <ul className="facts" aria-label="About this scenario">
      <li>{AUDIENCE_LABEL[card.audience]}</li>
      <li>{card.minutes} min</li>
      <li>{FOCUS_LABEL[card.focus]}</li>
      <li>{decisionsLabel(card.decisions)}</li>
    </ul>
  );
}
