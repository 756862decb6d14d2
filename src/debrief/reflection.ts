/** Reflection connected to action: the prompts after a run, and the action plan's three questions. */

export interface ReflectionPrompt {
  id: string;
  question: string;
}

export const REFLECTION_PROMPTS: ReflectionPrompt[] = [
  { id: 'went-well', question: 'Which of your choices would you make again, and why?' },
  {
    id: 'do-differently',
    question: 'Which decision would you take differently, and what would you do instead?',
  },
  { id: 'at-work', question: 'Where at work are you facing something like this now?' },
];

export const PLAN_QUESTIONS = {
  what: 'What will you do differently?',
  who: 'With whom?',
  when: 'By when?',
} as const;

/** What the learner wrote (the shape saved progress keeps). */
export interface ReflectionText {
  answers: Record<string, string>;
  plan: { what: string; who: string; when: string };
}
