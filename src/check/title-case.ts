/**
 * The scaffold's title from its kebab-case id, in headline style: `ai-rollout-news` →
 * "AI Rollout News", `leading-through-the-change` → "Leading Through the Change". The
 * word lists are data: add an acronym or a small word here, not a special case in code.
 * Used by scaffold.ts.
 */

/** Written this way wherever they appear. "it" is read as IT: edit the title if you meant the pronoun. */
const ACRONYMS = 'AI CEO CFO CIO COO CTO HR IT KPI KPIs OKR OKRs PR PRs QA ROI UX VP'.split(' ');

/** Articles, conjunctions and short prepositions: lower case, except as the first or last word. */
const SMALL_WORDS =
  'a an and as at but by for from in into nor of on or per so the to via vs with yet'.split(' ');

const acronymOf = new Map(ACRONYMS.map((a) => [a.toLowerCase(), a]));
const small = new Set(SMALL_WORDS);

export function titleFromId(id: string): string {
  const words = id.split('-').filter((w) => w !== '');
  return words
    .map((word, i) => {
      const acronym = acronymOf.get(word);
      if (acronym) return acronym;
      if (small.has(word) && i > 0 && i < words.length - 1) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}
