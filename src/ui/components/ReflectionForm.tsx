// Reflection connected to action: prompts drawn from this run's debrief (and any answer
// saved under an earlier prompt, so nothing written is lost) and an action plan (what,
// with whom, by when in the learner's words, and a date to look back at it), saved as
// the learner types, and printed as plain text.
import { useId, useState } from 'react';
import { PLAN_QUESTIONS, promptsFor, type Debrief } from '../../debrief';
import { reflectionOf, saveReflection, TEXT_LIMIT } from '../../progress';
import { formatDate, formatDay } from '../dates';
import { useAppState, useStore } from '../store';
import { useT } from '../i18n/use-t';
import { Rich } from '../i18n/Rich';
import '../../i18n/areas/debrief';

const TEXT_FIELDS = ['what', 'who', 'when'] as const;

export function ReflectionForm({ runId, debrief }: { runId: string; debrief: Debrief }) {
  const uid = useId();
  const store = useStore();
  const { progress } = useAppState();
  const reflection = reflectionOf(progress, runId);
  const t = useT();
  // The status is kept as its id, so it follows a change of language.
  const [saved, setSaved] = useState<'' | 'debrief.page.saved' | 'debrief.page.notSaved'>('');
  const prompts = promptsFor(debrief, reflection?.answers ?? {});
  const answer = (id: string) => reflection?.answers[id] ?? '';
  const plan = reflection?.plan ?? { what: '', who: '', when: '' };
  const save = (patch: Parameters<typeof saveReflection>[2]) => {
    const before = store.getSnapshot();
    store.update((p, now) => saveReflection(p, runId, patch, now));
    const after = store.getSnapshot();
    const problem = after.notices.length > before.notices.length;
    setSaved(
      after.progress === before.progress || problem
        ? 'debrief.page.notSaved'
        : 'debrief.page.saved',
    );
  };
  return (
    <section className="reflection" aria-labelledby={`${uid}reflection-heading`}>
      <h2 id={`${uid}reflection-heading`}>{t('debrief.page.reflect')}</h2>
      <p className="hint no-print">{t('debrief.page.reflectHint')}</p>
      <form className="no-print" onSubmit={(e) => e.preventDefault()}>
        {prompts.map((prompt) => (
          <label key={prompt.id} className="field">
            {prompt.question}
            <textarea
              rows={3}
              maxLength={TEXT_LIMIT}
              value={answer(prompt.id)}
              onChange={(e) => save({ answers: { [prompt.id]: e.target.value } })}
            />
          </label>
        ))}
        <fieldset>
          <legend>{t('debrief.page.plan')}</legend>
          {TEXT_FIELDS.map((key) => (
            <label key={key} className="field">
              {PLAN_QUESTIONS[key]}
              {key === 'what' ? (
                <textarea
                  rows={2}
                  maxLength={TEXT_LIMIT}
                  value={plan[key]}
                  onChange={(e) => save({ plan: { [key]: e.target.value } })}
                />
              ) : (
                <input
                  type="text"
                  maxLength={TEXT_LIMIT}
                  value={plan[key]}
                  onChange={(e) => save({ plan: { [key]: e.target.value } })}
                />
              )}
            </label>
          ))}
          <label className="field">
            {PLAN_QUESTIONS.due}
            <input
              type="date"
              value={plan.due ?? ''}
              aria-describedby={`${uid}due-hint`}
              onChange={(e) => save({ plan: { due: e.target.value } })}
            />
          </label>
          <p className="hint" id={`${uid}due-hint`}>
            {t('debrief.page.dueHint')}
          </p>
        </fieldset>
        <p className="hint" role="status">
          {saved && t(saved)}
        </p>
      </form>
      {plan.review && (
        <p className="plan-reviewed">
          <Rich
            id="debrief.page.howItWent"
            values={{ date: formatDate(plan.review.at) }}
            parts={[<strong />]}
          />{' '}
          {plan.review.answer}
        </p>
      )}
      <div className="print-only">
        {prompts.map((prompt) => (
          <div key={prompt.id}>
            <p className="question">{prompt.question}</p>
            <p>{answer(prompt.id) || '—'}</p>
          </div>
        ))}
        <p className="question">{t('debrief.page.plan')}</p>
        <ul>
          {TEXT_FIELDS.map((key) => (
            <li key={key}>
              {PLAN_QUESTIONS[key]} {plan[key] || '—'}
            </li>
          ))}
          <li>
            {PLAN_QUESTIONS.due} {plan.due ? formatDay(plan.due) : '—'}
          </li>
        </ul>
      </div>
    </section>
  );
}
