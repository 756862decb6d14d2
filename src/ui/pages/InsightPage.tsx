/**
 * Cohort insight for L&D leads (`#/insight`, loaded only when opened): read a cohort's
 * statements from their LRS, or from an export or learners' progress files, in a worker,
 * with a progress bar and a way to cancel; then show what the cohort chose, in aggregates
 * only. The live region says how the read is going; a failure is an alert with its code.
 */
import { useMemo, useState } from 'react';
import { PageHeading } from '../components/PageHeading';
import { useCourse } from '../course';
import { requestOf } from '../insight/replay-course';
import { CohortView } from '../insight/CohortView';
import { courseTitles } from '../insight/course-titles';
import { InsightForm } from '../insight/InsightForm';
import { useInsightRead, type ReadState } from '../insight/useInsightRead';
import type { FileNotes } from '../insight/protocol';
import { counted } from '../insight/words';
import '../insight/insight.css';

export function InsightPage() {
  const course = useCourse();
  const { state, start, cancel } = useInsightRead();
  const titles = useMemo(() => courseTitles(course.index), [course.index]);
  const shown = state.step === 'done' ? state.insight : undefined;
  const [groupings, setGroupings] = useState<{ key: string; values: string[] }[]>([]);
  if (state.step === 'done' && state.insight.groupings !== groupings)
    setGroupings(state.insight.groupings);
  return (
    <article className="insight">
      <PageHeading title="Cohort insight" />
      <p>
        For L&amp;D leads: what a cohort chose, read from your Learning Record Store. Only
        aggregates are shown — no learner is named — and any breakdown that rests on fewer than 5
        learners is hidden.
      </p>
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
          {state.problem.message}
        </p>
      )}
      {state.step === 'done' && state.notes && <FileNotesLine notes={state.notes} />}
      {shown && <CohortView insight={shown} titles={titles} />}
    </article>
  );
}

function ReadStatus({ state }: { state: ReadState }) {
  const read = state.step === 'reading' ? (state.progress?.statements ?? 0) : 0;
  const words = counted(read, 'statement read', 'statements read');
  return (
    <div className="insight-status">
      {state.step === 'reading' && (
        <progress aria-label="Reading statements" aria-valuetext={words} />
      )}
      <p role="status">
        {state.step === 'reading' && `Reading… ${words}.`}
        {state.step === 'done' &&
          `Done: ${counted(state.insight.statements.read, 'statement read', 'statements read')}.`}
        {state.step === 'cancelled' && 'The read was cancelled.'}
      </p>
    </div>
  );
}

/** What a read of files left out: how many files were not progress files (never their names, which may name learners), and runs of other scenarios. */
function FileNotesLine({ notes }: { notes: FileNotes }) {
  const parts = [
    ...(notes.unreadable.length > 0
      ? [`${counted(notes.unreadable.length, 'file was', 'files were')} not a progress file`]
      : []),
    ...(notes.unmatchedRuns > 0
      ? [
          `${counted(notes.unmatchedRuns, 'run was', 'runs were')} of a scenario or version this course does not serve`,
        ]
      : []),
  ];
  if (parts.length === 0) return null;
  return <p className="insight-note">Left out: {parts.join('; ')}.</p>;
}
