/**
 * What a route shows when its page threw: what failed, in plain words, the error
 * itself for whoever reports it, a way back to the library and a way to try again.
 * The focus moves to its heading, as it does on every page the app shows.
 */
import { useId } from 'react';
import { PageHeading } from '../components/PageHeading';
import { href } from '../routing';
import { describeError } from './describe-error';

export function PageFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useId();
  return (
    <section className="page-failed" aria-labelledby={heading}>
      <PageHeading id={heading} title="This page could not be shown" focusKey={error} />
      <p>
        Something went wrong while showing this page. Your saved runs and notes are safe: nothing
        was changed or deleted. Try again, or go back to the library and carry on from there.
      </p>
      <div className="actions">
        <button type="button" onClick={retry}>
          Try again
        </button>
        <a className="button" href={href({ page: 'library' })}>
          Go to the scenario library
        </a>
      </div>
      <details>
        <summary>What went wrong (for a bug report)</summary>
        <pre className="error-message">{describeError(error)}</pre>
      </details>
    </section>
  );
}
