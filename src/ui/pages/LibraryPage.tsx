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
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import { audienceLabel, focusLabel } from '../labels';
import { href } from '../routing';
import { useAppState } from '../store';

const FOCI: Focus[] = ['management', 'leadership', 'both'];

export function LibraryPage() {
  const { index } = useCourse();
  const t = useT();
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
      <PageHeading title={t('common.library')} focus={false} />
      <p className="lede">{t('library.lede')}</p>
      <PlansToReview />
      <form
        className="filters"
        aria-label={t('library.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('library.audience')}
          <select
            value={audience}
            onChange={(e) => setAudience(e.target.value as Audience | 'all')}
          >
            <option value="all">{t('library.allAudiences')}</option>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {audienceLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.focus')}
          <select value={focus} onChange={(e) => setFocus(e.target.value as Focus | 'all')}>
            <option value="all">{t('library.anyFocus')}</option>
            {FOCI.map((f) => (
              <option key={f} value={f}>
                {focusLabel(f)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {index.diagnostics.length > 0 && (
        <section className="card broken" aria-labelledby="course-problems">
          <h2 id="course-problems">{t('library.problems')}</h2>
          <DiagnosticList diagnostics={index.diagnostics} />
        </section>
      )}
      <p className="count" role="status">
        {shown.length === index.scenarios.length
          ? t('library.count', { count: shown.length })
          : t('library.countMatch', { shown: shown.length, total: index.scenarios.length })}
      </p>
      <ul className="cards" aria-label={t('library.cards')}>
        {shown.map((entry) => (
          <ScenarioCard key={entry.folder} entry={entry} />
        ))}
      </ul>
      <ProgressTransfer />
      {/* A package for an LMS, or the one-file course, has no author mode (see App.tsx). */}
      {!__CASEBOOK_DELIVERY__ && (
        <p className="hint">
          <Rich id="library.authorHint" parts={[<a href={href({ page: 'author' })} />]} />
        </p>
      )}
    </>
  );
}

function ScenarioCard({ entry }: { entry: CourseEntry }) {
  const { progress } = useAppState();
  const t = useT();
  const page = useLanguage();
  const { card, diagnostics } = entry;
  const id = `card-${entry.folder}`;
  if (!card) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return (
      <li className="card broken" aria-labelledby={id}>
        <h2 id={id}>{entry.folder}</h2>
        <p className="status">{t('library.broken.status', { errors })}</p>
        <details>
          <summary>{t('library.broken.details')}</summary>
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
          {[
            active && t('library.inProgress', { count: active.events.length }),
            done > 0 && t('library.completed', { count: done }),
            readOnly > 0 && t('library.readOnly', { count: readOnly }),
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </li>
  );
}
