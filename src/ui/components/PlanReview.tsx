// The question a plan earns once its date has passed ("You planned to … by 12 March:
// how did it go?"), answered in the learner's words and kept with the plan. Shown on
// the profile beside the plan, and on the library page so a returning learner sees it.
import { useId, useState } from 'react';
import { reviewPlan, TEXT_LIMIT, type SavedPlan } from '../../progress';
import { formatDay } from '../dates';
import { useT, type Translate } from '../i18n/use-t';
import { useStore } from '../store';

/** The words of the question, for a plan with a date. */
function reviewQuestion(t: Translate, plan: SavedPlan['plan']): string {
  const what = plan.what.trim();
  return plan.due
    ? t('library.plan.question', { what, due: formatDay(plan.due) })
    : t('library.plan.questionUndated', { what });
}

export function PlanReview({ plan, onSaved }: { plan: SavedPlan; onSaved?: () => void }) {
  const uid = useId();
  const store = useStore();
  const [answer, setAnswer] = useState('');
  const t = useT();
  const save = () => {
    const before = store.getSnapshot().progress;
    store.update((p, now) => reviewPlan(p, plan.runId, answer, now));
    if (store.getSnapshot().progress !== before) onSaved?.();
  };
  return (
    <form
      className="plan-review"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="field" htmlFor={`${uid}answer`}>
        {reviewQuestion(t, plan.plan)}
      </label>
      <textarea
        id={`${uid}answer`}
        rows={3}
        maxLength={TEXT_LIMIT}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <button type="submit" disabled={answer.trim() === ''}>
        {t('library.plan.save')}
      </button>
    </form>
  );
}
