/**
 * What a route shows when its page threw: what failed, in plain words, the error
 * itself for whoever reports it, a way back to the library and a way to try again.
 * The focus moves to its heading, as it does on every page the app shows. The error's
 * own text is the program's, in English, and marked so (lang="en").
 */
import { useId } from 'react';
import { PageHeading } from '../components/PageHeading';
import { href } from '../routing';
import { useT } from '../i18n/use-t';
import { describeError } from './describe-error';

export function PageFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useId();
  const t = useT();
  return (
    <section className="page-failed" aria-labelledby={heading}>
      <PageHeading id={heading} title={t('errors.failed.title')} focusKey={error} />
      <p>{t('errors.failed.body')}</p>
      <div className="actions">
        <button type="button" onClick={retry}>
          {t('errors.failed.retry')}
        </button>
        <a className="button" href={href({ page: 'library' })}>
          {t('errors.failed.library')}
        </a>
      </div>
      <details>
        <summary>{t('errors.failed.details')}</summary>
        <pre className="error-message" lang="en" dir="ltr">
          {describeError(error)}
        </pre>
      </details>
    </section>
  );
}
