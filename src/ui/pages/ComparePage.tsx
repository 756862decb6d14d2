// Two runs of the same scenario side by side: how each ended, how each balanced, and
// what was chosen at each decision, so the learner sees what the other road changed.
import type { Debrief } from '../../debrief';
import { PageHeading } from '../components/PageHeading';
import { completedRuns } from '../../progress';
import { BalanceChart } from '../components/BalanceChart';
import { TagChip } from '../components/DecisionTimeline';
import { RoadLabel } from '../components/RoadLabel';
import { useCourse, useScenario, useTaxonomy } from '../course';
import { OUTCOME_LABEL } from '../labels';
import { href, navigate } from '../routing';
import { useAppState, useStore } from '../store';
import { runOf, useDebrief } from '../useDebrief';
import { NotFoundPage } from './NotFoundPage';
import { formatDateTime } from '../dates';

/** One scale for both runs' charts: the larger of their decisions and counts. */
const sharedScale = (runs: Debrief[]) =>
  Math.max(
    ...runs.flatMap((d) => [
      d.decisions.length,
      ...(['management', 'leadership'] as const).flatMap((side) => [
        d.balance[side].effective,
        d.balance[side].counterproductive,
      ]),
    ]),
  );

function Column({
  d,
  label,
  date,
  scale,
}: {
  d: Debrief;
  label: string;
  date: string;
  scale: number;
}) {
  return (
    <section className="compare-column" aria-label={label}>
      <h2>{label}</h2>
      <p className="when">{date}</p>
      {d.ending && (
        <p>
          <strong>{d.ending.title}</strong>{' '}
          <span className={`outcome ${d.ending.outcome}`}>{OUTCOME_LABEL[d.ending.outcome]}</span>
        </p>
      )}
      <p>
        <strong>{d.diagnosis.title}.</strong> Path: {d.recommendation.title}.
      </p>
      <BalanceChart
        balance={d.balance}
        scaleAtLeast={scale}
        title={`Balance, ${label.toLowerCase()}`}
      />
      <ol className="compare-decisions">
        {d.decisions.map((decision) => (
          <li key={decision.index}>
            <span className="scene-name">{decision.scene.title}:</span>{' '}
            <RoadLabel inlines={decision.label} timeUp={decision.timeUp} taken />{' '}
            <TagChip tag={decision.tag} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ComparePage({ id, a, b }: { id: string; a: string; b: string }) {
  const course = useCourse();
  const taxonomy = useTaxonomy(course);
  const store = useStore();
  const { progress } = useAppState();
  const loaded = useScenario(course, store, id);
  const player = loaded.status === 'ready' && taxonomy.ready ? loaded.player : undefined;
  const runA = runOf(progress, a);
  const runB = runOf(progress, b);
  const first = useDebrief(taxonomy.ready ? taxonomy.taxonomy : undefined, player, runA, progress);
  const second = useDebrief(taxonomy.ready ? taxonomy.taxonomy : undefined, player, runB, progress);
  if (
    !runA ||
    !runB ||
    runA.scenarioId !== id ||
    runB.scenarioId !== id ||
    loaded.status === 'missing'
  )
    return <NotFoundPage />;
  if (!first || !second) return <p role="status">Loading the runs…</p>;
  const choices = completedRuns(progress, id).filter((r) => r.id !== a);
  const date = (iso: string) => formatDateTime(iso);
  const scale = sharedScale([first, second]);
  return (
    <article className="compare">
      <p className="breadcrumb no-print">
        <a href={href({ page: 'debrief', id, run: a })}>Back to the debrief</a>
      </p>
      <PageHeading title={`Two runs of ${first.title}`} focusKey={`${a} ${b}`} />
      {choices.length > 1 && (
        <label className="field no-print">
          Compare with
          <select
            value={b}
            onChange={(e) => navigate({ page: 'compare', id, a, b: e.target.value })}
          >
            {choices.map((r) => (
              <option key={r.id} value={r.id}>
                {date(r.updatedAt)}{' '}
                {r.ending ? `(${OUTCOME_LABEL[r.ending.outcome].toLowerCase()})` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="compare-grid">
        <Column d={first} label="This run" date={date(runA.updatedAt)} scale={scale} />
        <Column d={second} label="The other run" date={date(runB.updatedAt)} scale={scale} />
      </div>
    </article>
  );
}
