/**
 * Which language the app speaks, from what asks for one: the learner's own choice, then
 * the LMS's learner preference, then the browser's list. The first that matches a
 * language the app has (BCP 47, case-insensitive, a region or script falling back to
 * its language: 'de-CH' → 'de') wins; garbage is ignored. Pure, so it is tested as a table.
 */

/** The canonical form of a BCP 47 tag, or `undefined` when it is not one. */
function canonicalTag(tag: string | undefined): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '' || tag.length > 100) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The tag and its shorter forms, most specific first: 'zh-Hant-TW' → zh-Hant-TW, zh-Hant, zh. */
function fallbacks(tag: string): string[] {
  const parts = tag.split('-');
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) {
    // A lone one-letter subtag ('x', 'u') starts an extension: never end a form on it.
    if (parts[n - 1]!.length === 1) continue;
    out.push(parts.slice(0, n).join('-'));
  }
  return out;
}

/** The supported locale `wanted` matches, as `supported` spells it, or `undefined`. */
export function matchLanguage(
  wanted: string | undefined,
  supported: readonly string[],
): string | undefined {
  const tag = canonicalTag(wanted);
  if (tag === undefined) return undefined;
  const byLower = new Map<string, string>();
  for (const locale of supported) {
    const canonical = canonicalTag(locale);
    if (canonical !== undefined) byLower.set(canonical.toLowerCase(), locale);
  }
  for (const form of fallbacks(tag)) {
    const hit = byLower.get(form.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export interface LanguageSources {
  /** The learner's saved choice; absent when they follow the LMS or the browser. */
  chosen?: string;
  /** The LMS's learner preference; cmi5 gives a comma-separated list, first usable wins. */
  lms?: string;
  /** `navigator.languages`, most wanted first. */
  browser: readonly string[];
}

export function resolveLanguage(
  sources: LanguageSources,
  supported: readonly string[],
  fallback = 'en',
): string {
  const lms = sources.lms?.split(',') ?? [];
  for (const wanted of [sources.chosen, ...lms, ...sources.browser]) {
    const hit = matchLanguage(wanted, supported);
    if (hit !== undefined) return hit;
  }
  return fallback;
}
