/**
 * Issue 18: which language a scenario's or the taxonomy's words are in, and a card's words
 * in the learner's language. A scenario without that translation shows its source's words,
 * so every element showing them says so with `lang` when it differs from the page's
 * (WCAG 3.1.2): a screen reader then reads English words in English on a German page.
 */
import { SOURCE_LANGUAGE, type CompiledScenario, type ScenarioCard } from '../../contract';
import { useLanguage } from './language';

/** The language of a (possibly translated) compiled scenario's words. */
function wordsLanguage(scenario: Pick<CompiledScenario, 'lang'>): string {
  return scenario.lang ?? SOURCE_LANGUAGE;
}

/** `{ lang }` for an element whose words are in `words` on a page in `page`; nothing when they agree. */
export function langWhere(words: string, page: string): { lang?: string } {
  return words === page ? {} : { lang: words };
}

/** The card's title and summary in `lang` when the scenario is translated into it, else the source's. */
export function cardWords(
  card: ScenarioCard,
  lang: string,
): { title: string; summary: string; lang: string } {
  const translated = card.translations?.find((t) => t.lang === lang);
  return translated ?? { title: card.title, summary: card.summary, lang: SOURCE_LANGUAGE };
}

/** `{ lang }` for an element showing this scenario's words on the learner's page. */
export function useScenarioLang(scenario: Pick<CompiledScenario, 'lang'> | undefined): {
  lang?: string;
} {
  const page = useLanguage();
  return scenario ? langWhere(wordsLanguage(scenario), page) : {};
}

/** `{ lang }` for an element showing the taxonomy's words: translated when the course has `page`. */
export function useTaxonomyLang(taxonomyLanguages: readonly string[] | undefined): {
  lang?: string;
} {
  const page = useLanguage();
  const words = taxonomyLanguages?.includes(page) ? page : SOURCE_LANGUAGE;
  return langWhere(words, page);
}
