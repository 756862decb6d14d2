// The library: a card per scenario, filtered by audience and by focus; a scenario
// that failed to compile shows as a card with its errors while the others still work.
import { useLanguage } from '../i18n/language';
import { cardWords, langWhere } from '../i18n/scenario-words';
import { ScenarioFacts } from '../components/ScenarioFacts';
import { useState } from 'react';
import { PageHeading } from '../components/PageHeading';
import { AUDIENCES, type Audience, type CourseEntry, type Focus } from '../../contract';
import { activeRun, completedRuns, runsOf } from '../../progress';
import { DiagnosticList } from '../components/DiagnosticList';
import { ProgressTransfer } from '../components/ProgressTransfer';
import { PlansToReview } from '../components/PlansToReview';
import { useCourse } from '../course';
import { AUDIENCE_LABEL, FOCUS_LABEL } from '../labels';
import { href } from '../routing';
import { useAppState } from '../store';

const FOCI: Focus[] = ['management', 'leadership', 'both'];

export function LibraryPage() {
  const { index } = useCourse();
  const [audience, setAudience] = useState<Audience | 'all'>('all');
  const [focus, setFocus] = useState<Focus | 'all'>('all');
  const shown = index.scenarios.filter(
    (entry) =>
      !entry.card ||
      ((audience === 'all' || entry.card.audience === audience) &&
        (focus === 'all' || entry.card.focus === focus)),
  );
  return (
    <>
      <PageHeading title="Scenario library" focus={false} />
      <p className="lede">
        Practise the decisions managers and leaders face. Each scenario takes a few minutes; your
        progress is saved as you go.
      </p>
      <PlansToReview />
      <form className="filters" aria-label="Filter scenarios" onSubmit={(e) => e.preventDefault()}>
        <label>
          Audience
          <select
            value={audience}
            onChange={(e) => setAudience(e.target.value as Audience | 'all')}
          >
            <option value="all">All audiences</option>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {AUDIENCE_LABEL[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Focus
          <select value={focus} onChange={(e) => setFocus(e.target.value as Focus | 'all')}>
            <option value="all">Any focus</option>
            {FOCI.map((f) => (
              <option key={f} value={f}>
                {FOCUS_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {index.diagnostics.length > 0 && (
        <section className="card broken" aria-labelledby="course-problems">
          <h2 id="course-problems">Problems with this course</h2>
          <DiagnosticList diagnostics={index.diagnostics} />
        </section>
      )}
      <p className="count" role="status">
        {shown.length === index.scenarios.length
          ? `${shown.length} scenarios`
          : `${shown.length} of ${index.scenarios.length} scenarios match`}
      </p>
      <ul className="cards" aria-label="Scenarios">
        {shown.map((entry) => (
          <ScenarioCard key={entry.folder} entry={entry} />
        ))}
      </ul>
      <ProgressTransfer />
      {/* A package for an LMS, or the one-file course, has no author mode (see App.tsx). */}
      {!__CASEBOOK_DELIVERY__ && (
        <p className="hint">
          Writing scenarios? <a href={href({ page: 'author' })}>Check your files in author mode</a>{' '}
          (they stay on your computer).
        </p>
      )}
    </>
  );
}

function ScenarioCard({ entry }: { entry: CourseEntry }) {
  const { progress } = useAppState();
  const page = useLanguage();
  const { card, diagnostics } = entry;
  const id = `card-${entry.folder}`;
  if (!card) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return (
      <li className="card broken" aria-labelledby={id}>
        <h2 id={id}>{entry.folder}</h2>
        <p className="status">
          This scenario cannot be played: it has {errors} error{errors === 1 ? '' : 's'}. The course
          author can fix it from the details below.
        </p>
        <details>
          <summary>Details for the author</summary>
          <DiagnosticList diagnostics={diagnostics} />
        </details>
      </li>
    );
  }
  const words = cardWords(card, page);
  const mark = langWhere(words.lang, page);
  const active = activeRun(progress, card.id);
  const done = completedRuns(progress, card.id).length;
  const readOnly = runsOf(progress, card.id).filter((r) => r.status === 'stale').length;
  return (
    <li className="card" aria-labelledby={id}>
      <h2 id={id}>
        <a href={href({ page: 'briefing', id: card.id })} {...mark}>
          {words.title}
        </a>
      </h2>
      <p {...mark}>{words.summary}</p>
      <ScenarioFacts card={card} />
      {(active || done > 0 || readOnly > 0) && (
        <p className="progress-note">
          {active && (
            <>
              In progress: {active.events.length} decision{active.events.length === 1 ? '' : 's'}{' '}
              made.{' '}
            </>
          )}
          {done > 0 && `Completed ${done} time${done === 1 ? '' : 's'}. `}
          {readOnly > 0 &&
            `${readOnly} run${readOnly === 1 ? '' : 's'} kept read-only: ${readOnly === 1 ? 'it no longer replays' : 'they no longer replay'}, so ${readOnly === 1 ? 'it' : 'they'} cannot be continued.`}
        </p>
      )}
    </li>
  );
}
