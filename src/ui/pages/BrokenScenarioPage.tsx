// Any page of a scenario that does not compile (its briefing, play, end, debrief and
// compare addresses): what is wrong, where, and how to fix it, instead of "Page not
// found". An author who saves a mistake on the dev server lands here, at the same
// address, and the learner's saved runs wait untouched until the scenario is fixed.
import type { CourseEntry } from '../../contract';
import { PageHeading } from '../components/PageHeading';
import { DiagnosticList } from '../components/DiagnosticList';
import { runsOf } from '../../progress';
import { href } from '../routing';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import { useAppState } from '../store';

export function BrokenScenarioPage({ entry }: { entry: CourseEntry }) {
  const { progress } = useAppState();
  const t = useT();
  const errors = entry.diagnostics.filter((d) => d.severity === 'error').length;
  const runs = runsOf(progress, entry.folder).length;
  return (
    <article className="broken-scenario">
      <p className="breadcrumb">
        <a href={href({ page: 'library' })}>{t('common.library')}</a>
      </p>
      <PageHeading
        title={t('errors.broken.title', { folder: entry.folder })}
        focusKey={entry.folder}
      >
        {t('errors.broken.heading')}
      </PageHeading>
      <p className="lede">
        {t('errors.broken.lede', { folder: entry.folder, errors })}
        {runs > 0 && ` ${t('errors.broken.runsKept', { runs })}`}
      </p>
      <section className="card broken" aria-labelledby="scenario-problems">
        <h2 id="scenario-problems">{t('errors.broken.forAuthor')}</h2>
        <p>
          <Rich id="errors.broken.fix" values={{ command: 'npm run dev' }} parts={[<code />]} />
        </p>
        <DiagnosticList diagnostics={entry.diagnostics} />
      </section>
    </article>
  );
}
