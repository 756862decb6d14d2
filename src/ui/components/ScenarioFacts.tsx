// The facts of a scenario card, the same on the library card and the briefing.
import type { ScenarioCard } from '../../contract';
import { useT } from '../i18n/use-t';
import { audienceLabel, decisionsLabel, focusLabel } from '../labels';

export function ScenarioFacts({ card }: { card: ScenarioCard }) {
  const t = useT();
  return (
    <ul className="facts" aria-label={t('library.facts')}>
      <li>{audienceLabel(card.audience)}</li>
      <li>{t('library.minutes', { minutes: card.minutes })}</li>
      <li>{focusLabel(card.focus)}</li>
      <li>{decisionsLabel(card.decisions)}</li>
    </ul>
  );
}
