// The profile's training path: the path, the reasons that carry it (weightiest first,
// any that argue against it last, in their "But …" form), what to work on, and the
// scenarios to play next for the learner's stage and gap.
import type { CapabilityMap } from '../../debrief';
import { href } from '../routing';
import { useCardTitle } from '../i18n/card-title';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/profile';

export function TrainingPathSection({ map }: { map: CapabilityMap }) {
  const { recommendation } = map;
  const t = useT();
  const named = useCardTitle();
  return (
    <section aria-labelledby="path-heading">
      <h2 id="path-heading">{t('profile.path.heading', { title: recommendation.title })}</h2>
      <ul className="path-reasons">
        {recommendation.weighed.map((r) => (
          <li key={r.text} className={r.against ? 'against' : undefined}>
            {r.text}
          </li>
        ))}
      </ul>
      <h3>{t(map.runs === 0 ? 'profile.path.start' : 'profile.path.workOn')}</h3>
      <ul>
        {recommendation.focus.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <h3>{t('profile.path.playNext')}</h3>
      <ul className="suggestions">
        {map.suggestions.map((s) => {
          const { title, lang } = named(s.id, s.title);
          return (
            <li key={s.id}>
              <a href={href({ page: 'briefing', id: s.id })} lang={lang}>
                {title}
              </a>
              : {s.why}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
