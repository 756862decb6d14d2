// An unknown address: say so and offer the way back.
import { href } from '../routing';
import { PageHeading } from '../components/PageHeading';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('errors.notFound.title')} />
      <p>
        <Rich id="errors.notFound.body" parts={[<a href={href({ page: 'library' })} />]} />
      </p>
    </>
  );
}
