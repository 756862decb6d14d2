// Any page of a scenario that does not compile (its briefing, play, end, debrief and
// compare addresses): what is wrong, where, and how to fix it, instead of "Page not
// found". An author who saves a mistake on the dev server lands here, at the same
// address, and the learner's saved runs wait untouched until the scenario is fixed.
import type { CourseEntry } from '../../contract';
import { PageHeading } from '../components/PageHeading';
import { DiagnosticList } from '../components/DiagnosticList';
import { runsOf } from '../../progress';
import { href } from '../routing';
import { useAppState } from '../store';

export function BrokenScenarioPage({ entry }: { entry: CourseEntry }) {
  const { progress } = useAppState();
  const errors = entry.diagnostics.filter((d) => d.severity === 'error').length;
  const runs = runsOf(progress, entry.folder).length;
  return (
    <article className="broken-scenario">
      <p className="breadcrumb">
        <a href={href({ page: 'library' })}>Scenario library</a>
      </p>
      <PageHeading title={`${entry.folder} has errors`} focusKey={entry.folder}>
        This scenario has errors
      </PageHeading>
      <p className="lede">
        “{entry.folder}” cannot be played until {errors === 1 ? 'its error is' : 'its errors are'}{' '}
        fixed.
        {runs > 0 &&
          ` Your ${runs === 1 ? 'saved run of it is' : `${runs} saved runs of it are`} kept, and you can come back to ${runs === 1 ? 'it' : 'them'} once it is fixed.`}
      </p>
      <section className="card broken" aria-labelledby="scenario-problems">
        <h2 id="scenario-problems">For the course author</h2>
        <p>
          Fix each problem below in the file, at the line and column it names. On the dev server (
          <code>npm run dev</code>) this page reloads when you save.
        </p>
        <DiagnosticList diagnostics={entry.diagnostics} />
      </section>
    </article>
  );
}
