// The learner's action plans, seen again on the profile: what they said they would do,
// with whom, by when (their words) and on which date (in their locale); once that date
// has passed, the question of how it went, whose answer stays with the plan.
import { useId } from 'react';
import { actionPlans, localDay, reviewIsDue, type SavedPlan } from '../../progress';
import { useCourse } from '../course';
import { formatDate, formatDay } from '../dates';
import { href } from '../routing';
import { useAppState, useStore } from '../store';
import { PlanReview } from './PlanReview';
import { useT } from '../i18n/use-t';
import { Rich } from '../i18n/Rich';
import '../../i18n/areas/profile';
import { useCardTitle, type CardTitle } from '../i18n/card-title';

function PlanItem({ plan, title, today }: { plan: SavedPlan; title?: CardTitle; today: string }) {
  const { what, who, when, due, review } = plan.plan;
  const t = useT();
  return (
    <li className="plan">
      <p className="plan-what">{what}</p>
      <ul className="plan-facts">
        {who.trim() !== '' && <li>{t('profile.plans.with', { who })}</li>}
        {when.trim() !== '' && <li>{t('profile.plans.byWhen', { when })}</li>}
        {due && <li>{t('profile.plans.date', { date: formatDay(due) })}</li>}
        {plan.scenarioId && title && (
          <li>
            <Rich
              id="profile.plans.after"
              parts={[
                <a
                  href={href({ page: 'debrief', id: plan.scenarioId, run: plan.runId })}
                  lang={title.lang}
                >
                  {title.title}
                </a>,
              ]}
            />
          </li>
        )}
      </ul>
      {review ? (
        <p className="plan-reviewed">
          <Rich
            id="profile.plans.howItWent"
            values={{ date: formatDate(review.at) }}
            parts={[<strong />]}
          />{' '}
          {review.answer}
        </p>
      ) : reviewIsDue(plan.plan, today) ? (
        <PlanReview plan={plan} />
      ) : due ? (
        <p className="hint">{t('profile.plans.asked', { date: formatDay(due) })}</p>
      ) : null}
    </li>
  );
}

export function ActionPlans() {
  const uid = useId();
  const { index } = useCourse();
  const named = useCardTitle();
  const store = useStore();
  const { progress } = useAppState();
  const plans = actionPlans(progress);
  const today = localDay(store.now());
  const t = useT();
  const titles = new Map(
    index.scenarios.flatMap((s) => (s.card ? [[s.card.id, s.card.title]] : [])),
  );
  return (
    <section className="action-plans" aria-labelledby={`${uid}plans`}>
      <h2 id={`${uid}plans`}>{t('profile.plans.heading')}</h2>
      {plans.length === 0 ? (
        <p>{t('profile.plans.empty')}</p>
      ) : (
        <ul className="plan-list">
          {plans.map((plan) => (
            <PlanItem
              key={plan.runId}
              plan={plan}
              today={today}
              {...(plan.scenarioId && titles.has(plan.scenarioId)
                ? { title: named(plan.scenarioId, titles.get(plan.scenarioId) ?? '') }
                : {})}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
