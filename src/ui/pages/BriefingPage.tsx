// The briefing before a run: what the scenario is, the situation, what will be
// measured, and the way in — start, resume where you left off, or start again — with
// the learner's earlier runs of it kept as history.
import { ScenarioFacts } from '../components/ScenarioFacts';
import { PageHeading } from '../components/PageHeading';
import { activeRun, runsOf, type SavedRun } from '../../progress';
import { Prose } from '../components/Prose';
import { CastList } from '../components/CastList';
import { conditionValues, startRun } from '../../engine';
import { useCourse, useScenario } from '../course';
import { OUTCOME_LABEL } from '../labels';
import { href, navigate } from '../routing';
import { beginRun } from '../runs';
import { useAppState, useStore } from '../store';
import { NotFoundPage } from './NotFoundPage';
import { formatDateTime } from '../dates';

export function BriefingPage({ id }: { id: string }) {
  const course = useCourse();
  const store = useStore();
  const { progress } = useAppState();
  const loaded = useScenario(course, store, id);
  const card = course.index.scenarios.find((s) => s.card?.id === id)?.card;
  if (!card || loaded.status === 'missing') return <NotFoundPage />;
  const active = activeRun(progress, id);
  const history = runsOf(progress, id).filter((run) => run !== active);
  const start = () => {
    if (loaded.status !== 'ready') return;
    beginRun(store, loaded.player);
    navigate({ page: 'play', id });
  };
  const player = loaded.status === 'ready' ? loaded.player : undefined;
  const scenario = player?.scenario;
  return (
    <article className="briefing">
      <p className="breadcrumb">
        <a href={href({ page: 'library' })}>Scenario library</a>
      </p>
      <PageHeading title={card.title} focusKey={card} />
      <ScenarioFacts card={card} />
      <p className="lede">{card.summary}</p>
      {player && scenario ? (
        <>
          {/* A learner's view: conditional text by the values a run starts with, never author markers. */}
          <Prose
            blocks={scenario.briefing.blocks}
            characters={scenario.characters}
            conditions={conditionValues(scenario, startRun(player).context)}
          />
          <CastList characters={scenario.characters} />
        </>
      ) : (
        <p role="status">Loading the scenario…</p>
      )}
      {scenario?.showMetrics && scenario.metrics.length > 0 && (
        <section aria-labelledby="measured">
          <h2 id="measured">What you will see change</h2>
          <ul>
            {scenario.metrics.map((m) => (
              <li key={m.id}>{m.label}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions">
        {active ? (
          <>
            <a className="button primary" href={href({ page: 'play', id })}>
              Resume: decision {active.events.length + 1}
            </a>
            <button type="button" onClick={start} disabled={!scenario}>
              Start again
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={start} disabled={!scenario}>
            Start the scenario
          </button>
        )}
      </div>
      {history.length > 0 && <RunHistory scenarioId={id} runs={history} />}
    </article>
  );
}

function RunHistory({ scenarioId, runs }: { scenarioId: string; runs: SavedRun[] }) {
  const date = (iso: string) => formatDateTime(iso);
  return (
    <section aria-labelledby="history">
      <h2 id="history">Your earlier runs</h2>
      <ul className="history">
        {runs.map((run) => (
          <li key={run.id}>
            <a href={href({ page: 'end', id: scenarioId, run: run.id })}>{describe(run)}</a>{' '}
            <span className="when">{date(run.updatedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function describe(run: SavedRun): string {
  const decisions = `${run.events.length} decision${run.events.length === 1 ? '' : 's'}`;
  if (run.status === 'stale') {
    // A log that claimed this version and still did not replay was damaged or doctored.
    const why =
      run.stale?.contentHash === run.contentHash
        ? 'its choices do not replay on this scenario'
        : 'made on an earlier version';
    return `${run.ending ? OUTCOME_LABEL[run.ending.outcome] : 'Unfinished'}, ${decisions} (${why}: read-only)`;
  }
  if (run.status === 'complete' && run.ending)
    return `${OUTCOME_LABEL[run.ending.outcome]}, ${decisions}`;
  return `Unfinished, ${decisions} (you started again later)`;
}
