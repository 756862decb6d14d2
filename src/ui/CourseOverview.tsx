// The first screen until the player lands: every scenario the compiler found, as a
// card, with its diagnostics. A broken scenario shows its errors; the others still list.
import type { Audience, CourseData, CourseScenario } from '../contract';
import { DiagnosticList } from './DiagnosticList';

const AUDIENCE_LABELS: Record<Audience, string> = {
  'new-manager': 'New manager',
  'experienced-manager': 'Experienced manager',
  'senior-leader': 'Senior leader',
};

export function CourseOverview({ course }: { course: CourseData }) {
  const playable = course.scenarios.filter((s) => s.scenario).length;
  return (
    <main className="page">
      <header>
        <h1>Casebook</h1>
        <p className="lede">
          {course.scenarios.length} scenario{course.scenarios.length === 1 ? '' : 's'} found,{' '}
          {playable} ready to play.
        </p>
      </header>
      {course.diagnostics.length > 0 && (
        <section aria-labelledby="course-problems">
          <h2 id="course-problems">Course problems</h2>
          <DiagnosticList diagnostics={course.diagnostics} />
        </section>
      )}
      <ul className="cards" aria-label="Scenarios">
        {course.scenarios.map((entry) => (
          <ScenarioCard key={entry.folder} entry={entry} />
        ))}
      </ul>
    </main>
  );
}

function ScenarioCard({ entry }: { entry: CourseScenario }) {
  const { scenario, diagnostics } = entry;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const id = `scenario-${entry.folder}`;
  return (
    <li className={`card${scenario ? '' : ' broken'}`} aria-labelledby={id}>
      <h2 id={id}>{scenario?.title ?? entry.folder}</h2>
      {scenario ? (
        <>
          <p>{scenario.summary}</p>
          <p className="facts">
            {AUDIENCE_LABELS[scenario.audience]} · {scenario.minutes} min ·{' '}
            {scenario.scenes.filter((s) => s.kind === 'scene').length} scenes ·{' '}
            {scenario.scenes.filter((s) => s.kind === 'ending').length} endings
          </p>
        </>
      ) : (
        <p className="status">
          This scenario did not compile ({errors} error{errors === 1 ? '' : 's'}). Fix the problems
          below and save; the page reloads.
        </p>
      )}
      <DiagnosticList diagnostics={diagnostics} />
    </li>
  );
}
