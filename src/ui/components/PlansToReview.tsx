// On the library (landing) page: the action plans whose date has passed without a word
// on how they went, each with its question, so a learner who comes back sees them first.
import { useId, useState } from 'react';
import { localDay, plansToReview } from '../../progress';
import { href } from '../routing';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import { useAppState, useStore } from '../store';
import { PlanReview } from './PlanReview';

export function PlansToReview() {
  const uid = useId();
  const store = useStore();
  const { progress } = useAppState();
  const [saved, setSaved] = useState(false);
  const t = useT();
  const due = plansToReview(progress, localDay(store.now()));
  if (due.length === 0 && !saved) return null;
  return (
    <section className="plans-to-review" aria-labelledby={`${uid}review`}>
      <h2 id={`${uid}review`}>{t('library.plans.heading')}</h2>
      {due.map((plan) => (
        <PlanReview key={plan.runId} plan={plan} onSaved={() => setSaved(true)} />
      ))}
      <p role="status" className="hint">
        {saved && (
          <Rich id="library.plans.saved" parts={[<a href={href({ page: 'profile' })} />]} />
        )}
      </p>
    </section>
  );
}
