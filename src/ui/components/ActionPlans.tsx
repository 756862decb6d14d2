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

function PlanItem({ plan, title, today }: { plan: SavedPlan; title?: string; today: string }) {
  const { what, who, when, due, review } = plan.plan;
  return (
    <li className="plan">
      <p className="plan-what">{what}</p>
      <ul className="plan-facts">
        {who.trim() !== '' && <li>With: {who}</li>}
        {when.trim() !== '' && <li>By when: {when}</li>}
        {due && <li>Date: {formatDay(due)}</li>}
        {plan.scenarioId && title && (
          <li>
            After your run of{' '}
            <a href={href({ page: 'debrief', id: plan.scenarioId, run: plan.runId })}>{title}</a>
          </li>
        )}
      </ul>
      {review ? (
        <p className="plan-reviewed">
          <strong>How it went</strong> (you wrote on {formatDate(review.at)}): {review.answer}
        </p>
      ) : reviewIsDue(plan.plan, today) ? (
        <PlanReview plan={plan} />
      ) : due ? (
        <p className="hint">After {formatDay(due)}, Casebook asks you how it went.</p>
      ) : null}
    </li>
  );
}

export function ActionPlans() {
  const uid = useId();
  const { index } = useCourse();
  const store = useStore();
  const { progress } = useAppState();
  const plans = actionPlans(progress);
  const today = localDay(store.now());
  const titles = new Map(
    index.scenarios.flatMap((s) => (s.card ? [[s.card.id, s.card.title]] : [])),
  );
  return (
    <section className="action-plans" aria-labelledby={`${uid}plans`}>
      <h2 id={`${uid}plans`}>Your action plans</h2>
      {plans.length === 0 ? (
        <p>
          After a run, write in its debrief what you will do differently and by which date: your
          plans appear here, and once the date has passed you are asked how it went.
        </p>
      ) : (
        <ul className="plan-list">
          {plans.map((plan) => (
            <PlanItem
              key={plan.runId}
              plan={plan}
              today={today}
              {...(plan.scenarioId && titles.has(plan.scenarioId)
                ? { title: titles.get(plan.scenarioId) }
                : {})}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
