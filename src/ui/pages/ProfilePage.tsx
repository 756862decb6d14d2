// The learner's profile: a short role-demands check (what the role asks of them, their
// career stage), the coaching setting, the training path with the scenarios to play
// next, and across their completed runs the capability map and how it is changing.
// The page is a list of sections, each its own component.
import { useMemo } from 'react';
import { PageHeading } from '../components/PageHeading';
import { capabilityMap, type ProfileRun } from '../../debrief';
import { allRuns, type SavedRun } from '../../progress';
import { CapabilitySection } from '../components/CapabilitySection';
import { GrowthSection } from '../components/GrowthSection';
import { LanguageSetting } from '../components/LanguageSetting';
import { RoleCheck } from '../components/RoleCheck';
import { TrainingPathSection } from '../components/TrainingPathSection';
import { ActionPlans } from '../components/ActionPlans';
import { useCourse, usePlayers, useTaxonomy } from '../course';
import { useAppState } from '../store';
import { debriefOf } from '../useDebrief';
import { useActiveLanguage, useT } from '../i18n/use-t';
import '../../i18n/areas/profile';

export function ProfilePage() {
  const course = useCourse();
  const taxonomy = useTaxonomy(course);
  const { progress } = useAppState();
  const t = useT();
  // The debriefs' words are made in the active language: made again when it changes.
  const language = useActiveLanguage();
  const runs = allRuns(progress);
  const completed = useMemo(
    () => Object.values(runs).filter((r): r is SavedRun => r.status === 'complete'),
    [runs],
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
    const runs = completed.flatMap((run): ProfileRun[] => {
      // Tagged choices need the taxonomy: until it is here, no run is counted.
      const player = taxonomy.ready ? players.get(run.scenarioId) : undefined;
      return taxonomy.ready && player
        ? [
            {
              debrief: debriefOf(taxonomy.taxonomy, player, run, progress),
              scenarioId: run.scenarioId,
              endedAt: run.finishedAt ?? run.updatedAt,
            },
          ]
        : [];
    });
    const profile = {
      ...(progress.profile.stage ? { stage: progress.profile.stage } : {}),
      ...(progress.profile.demands ? { demands: progress.profile.demands } : {}),
    };
    return capabilityMap(runs, cards, profile);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [completed, players, taxonomy, progress, cards, language]);

  return (
    <article className="profile">
      <PageHeading title={t('profile.heading')} />
      <RoleCheck progress={progress} />
      <LanguageSetting language={progress.settings.language} />
      <TrainingPathSection map={map} />
      <CapabilitySection map={map} />
      <GrowthSection map={map} />
      <ActionPlans />
    </article>
  );
}
