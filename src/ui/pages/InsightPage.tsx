/**
 * Cohort insight for L&D leads (`#/insight`, loaded only when opened): read a cohort's
 * statements from their LRS, or from an export or learners' progress files, in a worker,
 * with a progress bar and a way to cancel; then show what the cohort chose, in aggregates
 * only. The live region says how the read is going; a failure is an alert with its code.
 * Its words are the `insight` area's, in the lead's language.
 */
import { useMemo, useState } from 'react';
import { formatList } from '../../i18n';
import '../../i18n/areas/insight';
import { PageHeading } from '../components/PageHeading';
import { useCourse } from '../course';
import { useT } from '../i18n/use-t';
import { requestOf } from '../insight/replay-course';
import { CohortView } from '../insight/CohortView';
import { courseTitles } from '../insight/course-titles';
import { InsightForm } from '../insight/InsightForm';
import { problemWords } from '../insight/problem-words';
import { useInsightRead, type ReadState } from '../insight/useInsightRead';
import type { FileNotes } from '../insight/protocol';
import '../insight/insight.css';

export function InsightPage() {
  const t = useT();
  const course = useCourse();
  const { state, start, cancel } = useInsightRead();
  const titles = useMemo(() => courseTitles(course.index), [course.index]);
  const shown = state.step === 'done' ? state.insight : undefined;
  const [groupings, setGroupings] = useState<{ key: string; values: string[] }[]>([]);
  if (state.step === 'done' && state.insight.groupings !== groupings)
    setGroupings(state.insight.groupings);
  return (
    <article className="insight">
      <PageHeading title={t('insight.title')} />
      <p>{t('insight.intro')}</p>
      <InsightForm
        scenarios={course.index.scenarios}
        groupings={groupings}
        reading={state.step === 'reading'}
        onRead={(source, filter) => start(requestOf(course, source, filter))}
        onCancel={cancel}
      />
      <ReadStatus state={state} />
      {state.step === 'failed' && (
        <p role="alert" className="insight-problem" data-code={state.problem.code}>
          {problemWords(state.problem)}
        </p>
      )}
      {state.step === 'done' && state.notes && <FileNotesLine notes={state.notes} />}
      {shown && <CohortView insight={shown} titles={titles} />}
    </article>
  );
}

function ReadStatus({ state }: { state: ReadState }) {
  const t = useT();
  const read = state.step === 'reading' ? (state.progress?.statements ?? 0) : 0;
  const words = t('insight.read.count', { count: read });
  return (
    <div className="insight-status">
      {state.step === 'reading' && (
        <progress aria-label={t('insight.read.progress')} aria-valuetext={words} />
      )}
      <p role="status">
        {state.step === 'reading' && t('insight.read.reading', { read: words })}
        {state.step === 'done' &&
          t('insight.read.done', {
            read: t('insight.read.count', { count: state.insight.statements.read }),
          })}
        {state.step === 'cancelled' && t('insight.read.cancelled')}
      </p>
    </div>
  );
}

/** What a read of files left out: how many files were not progress files (never their names, which may name learners), and runs of other scenarios. */
function FileNotesLine({ notes }: { notes: FileNotes }) {
  const t = useT();
  const parts = [
    ...(notes.unreadable.length > 0
      ? [t('insight.notes.unreadable', { count: notes.unreadable.length })]
      : []),
    ...(notes.unmatchedRuns > 0
      ? [t('insight.notes.unmatched', { count: notes.unmatchedRuns })]
      : []),
  ];
  if (parts.length === 0) return null;
  return <p className="insight-note">{t('insight.notes.leftOut', { parts: formatList(parts) })}</p>;
}
