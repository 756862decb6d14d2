// Practice mode: the coaching note of the choice just made, shown at once, before the
// next scene (in assessment mode, coaching waits for the debrief).
import { useId } from 'react';
import type { Player, TraceStep } from '../../engine';
import { useT } from '../i18n/use-t';
import { Prose } from './Prose';
import { RoadLabel } from './RoadLabel';
import { useScenarioLang } from '../i18n/scenario-words';
import '../../i18n/areas/play';

export function CoachingNow({ player, step }: { player: Player; step: TraceStep | undefined }) {
  const uid = useId();
  const t = useT();
  const words = useScenarioLang(player.scenario);
  const choice = step
    ? player.scenes.get(step.scene)?.choices.find((c) => c.event === step.event)
    : undefined;
  if (!choice || choice.coaching.blocks.length === 0) return null;
  return (
    <aside className="coaching-now" aria-labelledby={`${uid}coaching-now-heading`}>
      <h2 id={`${uid}coaching-now-heading`}>{t('play.coaching.heading')}</h2>
      <p className="chosen" {...words}>
        <RoadLabel inlines={choice.labelInline} timeUp={choice.timeout !== undefined} taken />
      </p>
      <Prose
        blocks={choice.coaching.blocks}
        characters={player.scenario.characters}
        conditions={step?.conditions ?? {}}
        {...words}
      />
    </aside>
  );
}
