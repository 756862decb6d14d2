/**
 * Issue 18: a scenario named on the profile (a suggestion, a history, a plan) by its card's
 * title in the learner's language when the scenario is translated into it, else by its
 * source's title marked with `lang`, so a screen reader reads it in its own language.
 */
import { useCourse } from '../course';
import { cardWords, langWhere } from './scenario-words';
import { useLanguage } from './language';

export interface CardTitle {
  title: string;
  lang?: string;
}

/** Names scenario `id` (or `fallback`, with no card) in the page's language where it can. */
export function useCardTitle(): (id: string, fallback: string) => CardTitle {
  const { index } = useCourse();
  const page = useLanguage();
  return (id, fallback) => {
    const card = index.scenarios.find((s) => s.card?.id === id)?.card;
    if (!card) return { title: fallback };
    const words = cardWords(card, page);
    return { title: words.title, ...langWhere(words.lang, page) };
  };
}
