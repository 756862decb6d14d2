// Reflection connected to action: a few prompts and an action plan (what, with whom,
// by when), saved as the learner types, and printed as plain text.
import { useId, useState } from 'react';
import { PLAN_QUESTIONS, REFLECTION_PROMPTS } from '../../debrief';
import { reflectionOf, saveReflection, TEXT_LIMIT } from '../../progress';
import { useAppState, useStore } from '../store';

export function ReflectionForm({ runId }: { runId: string }) {
  const uid = useId();
  const store = useStore();
  const { progress } = useAppState();
  const reflection = reflectionOf(progress, runId);
  const [saved, setSaved] = useState('');
  const answer = (id: string) => reflection?.answers[id] ?? '';
  const plan = reflection?.plan ?? { what: '', who: '', when: '' };
  const save = (patch: Parameters<typeof saveReflection>[2]) => {
    const before = store.getSnapshot();
    store.update((p, now) => saveReflection(p, runId, patch, now));
    const after = store.getSnapshot();
    const problem = after.notices.length > before.notices.length;
    setSaved(
      after.progress === before.progress || problem
        ? 'Not saved: see the notice at the top of the page.'
        : 'Saved.',
    );
  };
  return (
    <section className="reflection" aria-labelledby={`${uid}reflection-heading`}>
      <h2 id={`${uid}reflection-heading`}>Reflect, then plan</h2>
      <p className="hint no-print">
        What you write is saved as you type, in this browser, and included when you print or
        download the debrief.
      </p>
      <form className="no-print" onSubmit={(e) => e.preventDefault()}>
        {REFLECTION_PROMPTS.map((prompt) => (
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
          <legend>Your action plan</legend>
          {(Object.keys(PLAN_QUESTIONS) as (keyof typeof PLAN_QUESTIONS)[]).map((key) => (
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
        </fieldset>
        <p className="hint" role="status">
          {saved}
        </p>
      </form>
      <div className="print-only">
        {REFLECTION_PROMPTS.map((prompt) => (
          <div key={prompt.id}>
            <p className="question">{prompt.question}</p>
            <p>{answer(prompt.id) || '—'}</p>
          </div>
        ))}
        <p className="question">Your action plan</p>
        <ul>
          <li>
            {PLAN_QUESTIONS.what} {plan.what || '—'}
          </li>
          <li>
            {PLAN_QUESTIONS.who} {plan.who || '—'}
          </li>
          <li>
            {PLAN_QUESTIONS.when} {plan.when || '—'}
          </li>
        </ul>
      </div>
    </section>
  );
}
