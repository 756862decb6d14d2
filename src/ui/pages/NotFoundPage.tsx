// An unknown address: say so and offer the way back.
import { href } from '../routing';
import { PageHeading } from '../components/PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>
        There is nothing at this address.{' '}
        <a href={href({ page: 'library' })}>Go to the scenario library</a>.
      </p>
    </>
  );
}
