// The learner's profile: a short role-demands check (what the role asks of them, their
// career stage), the coaching setting, and across all completed runs the capability
// map — each domain, each quality, the failure patterns seen most — with the
// training path and the scenarios to play next.
import { useMemo } from 'react';
import { PageHeading } from '../components/PageHeading';
import { AUDIENCES, type Audience, type Quality } from '../../contract';
import { capabilityMap, PATTERN_WORDS, QUALITY_LABEL } from '../../debrief';
import { setCoaching, setProfile, type SavedRun } from '../../progress';
import { BalanceChart } from '../components/BalanceChart';
import { ActionPlans } from '../components/ActionPlans';
import { useCourse, usePlayers } from '../course';
import { AUDIENCE_LABEL } from '../labels';
import { href } from '../routing';
import { useAppState, useStore } from '../store';
import { debriefOf } from '../useDebrief';

const DEMANDS = [
  ['execution', 'Mainly to improve execution: delivery, organisation, follow-through'],
  ['direction', 'Mainly to shape direction: priorities, purpose, bringing people with me'],
  ['both', 'Both, about equally'],
] as const;

export function ProfilePage() {
  const course = useCourse();
  const store = useStore();
  const { progress } = useAppState();
  const completed = useMemo(
    () => Object.values(progress.runs).filter((r): r is SavedRun => r.status === 'complete'),
    [progress.runs],
  );
  const players = usePlayers(
    course,
    completed.map((r) => r.scenarioId),
  );
  const cards = useMemo(
    () => course.index.scenarios.flatMap((s) => (s.card ? [s.card] : [])),
    [course],
  );
  const map = useMemo(() => {
    const debriefs = completed.flatMap((run) => {
      const player = players.get(run.scenarioId);
      return player ? [debriefOf(course, player, run, progress)] : [];
    });
    const profile = {
      ...(progress.profile.stage ? { stage: progress.profile.stage } : {}),
      ...(progress.profile.demands ? { demands: progress.profile.demands } : {}),
    };
    return capabilityMap(debriefs, cards, profile, new Set(completed.map((r) => r.scenarioId)));
  }, [completed, players, course, progress, cards]);

  return (
    <article className="profile">
      <PageHeading title="Your profile" />
      <form className="role-check" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Are you mainly asked to improve execution, shape direction, or both?</legend>
          {DEMANDS.map(([value, label]) => (
            <label key={value} className="choice-radio">
              <input
                type="radio"
                name="demands"
                value={value}
                checked={progress.profile.demands === value}
                onChange={() => store.update((p, now) => setProfile(p, { demands: value }, now))}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Where are you in your career?</legend>
          {AUDIENCES.map((stage: Audience) => (
            <label key={stage} className="choice-radio">
              <input
                type="radio"
                name="stage"
                value={stage}
                checked={progress.profile.stage === stage}
                onChange={() => store.update((p, now) => setProfile(p, { stage }, now))}
              />{' '}
              {AUDIENCE_LABEL[stage]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>When should coaching notes appear?</legend>
          <label className="choice-radio">
            <input
              type="radio"
              name="coaching"
              checked={progress.settings.coaching === 'practice'}
              onChange={() => store.update((p) => setCoaching(p, 'practice'))}
            />{' '}
            Practice: right after each choice
          </label>
          <label className="choice-radio">
            <input
              type="radio"
              name="coaching"
              checked={progress.settings.coaching === 'assessment'}
              onChange={() => store.update((p) => setCoaching(p, 'assessment'))}
            />{' '}
            Assessment: only in the debrief
          </label>
        </fieldset>
      </form>

      <ActionPlans />
      <section aria-labelledby="path-heading">
        <h2 id="path-heading">Your training path: {map.recommendation.title}</h2>
        <ul>
          {map.recommendation.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <h3>Play next</h3>
        <ul className="suggestions">
          {map.suggestions.map((s) => (
            <li key={s.id}>
              <a href={href({ page: 'briefing', id: s.id })}>{s.title}</a>: {s.why}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Your capability map</h2>
        {map.runs === 0 ? (
          <p>
            Finish a scenario and your capability map appears here, built from every choice you
            make.
          </p>
        ) : (
          <>
            <p>
              From {map.runs} completed run{map.runs === 1 ? '' : 's'}:{' '}
              <strong>{map.diagnosis.title}.</strong> {map.diagnosis.summary}
            </p>
            <BalanceChart
              balance={map.balance}
              title="Effective and counterproductive behaviour in each domain, all runs"
            />
            <h3>Qualities you have shown</h3>
            <ul>
              {(Object.keys(QUALITY_LABEL) as Quality[]).map((q) => (
                <li key={q}>
                  {QUALITY_LABEL[q]}: {map.qualities[q] ?? 0}
                </li>
              ))}
            </ul>
            <h3>Failure patterns seen most</h3>
            {map.patterns.length === 0 ? (
              <p>None so far.</p>
            ) : (
              <ol>
                {map.patterns.slice(0, 5).map((p) => (
                  <li key={p.pattern}>
                    {PATTERN_WORDS[p.pattern].label} ({p.side} gap): {p.count} time
                    {p.count === 1 ? '' : 's'}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </section>
    </article>
  );
}
