/**
 * Catalogs that travel with the code that reads them. The first screen's words (the
 * library, the header, errors, notices) are in the first bundle; every other area's
 * English catalog is imported by the module that registers it (src/i18n/areas/), so it
 * lands in that page's chunk, and its translations are fetched only when a learner reads
 * that page in that language. A page's loader waits for `areasReady()`, so a page that
 * arrives while the app is in German shows German at once, never English first.
 */
import type { Messages } from '@lingui/core';
import { activeLanguage, english as englishCatalog, i18n } from './i18n';

/** An area's catalog in one language, compiled, fetched on demand. */
type Load = () => Promise<{ default: unknown }>;

interface Area {
  english: Messages;
  translations: Record<string, Load>;
}

const areas = new Map<string, Area>();
/** Per language, the areas already in its catalog. */
const loaded = new Map<string, Set<string>>();
/** Languages whose catalog came whole (the pseudo-locales, made from every English file at once). */
const whole = new Set<string>();
/** The language `loadAreas` is fetching for, until it is done: an area registered meanwhile is fetched too. */
let switchingTo: string | undefined;
/** Loads started for areas registered while another language was active. */
let pending: Promise<unknown> = Promise.resolve();

/** Put `name`'s words into the catalog: English now, the active language's when it arrives. */
export function registerArea(
  name: string,
  english: unknown,
  translations: Record<string, Load>,
): void {
  if (areas.has(name)) return;
  areas.set(name, { english: english as Messages, translations });
  i18n.load('en', english as Messages);
  englishCatalog.load('en', english as Messages);
  mark('en', name);
  const language = switchingTo ?? activeLanguage();
  if (language !== 'en' && !whole.has(language))
    pending = Promise.all([pending, loadMissing(language)]);
}

function mark(language: string, name: string) {
  const names = loaded.get(language) ?? new Set<string>();
  names.add(name);
  loaded.set(language, names);
}

/** `language`'s catalog holds every area already: no area is loaded for it on its own. */
export function markWhole(language: string): void {
  whole.add(language);
}

/** Every registered area's words in `language` (English where an area has none); resolves when they are in its catalog. */
export async function loadAreas(language: string): Promise<void> {
  if (whole.has(language)) return;
  switchingTo = language;
  try {
    await loadMissing(language);
    await pending;
  } finally {
    switchingTo = undefined;
  }
}

async function loadMissing(language: string): Promise<void> {
  const have = loaded.get(language) ?? new Set<string>();
  const missing = [...areas].filter(([name]) => !have.has(name));
  // An area with no translation into `language`, or whose file cannot be fetched, reads
  // English through `t` (never its ids); a failed fetch is tried again next time.
  const parts = await Promise.all(
    missing.map(async ([name, area]) => {
      const load = area.translations[language];
      if (!load) return { name, messages: undefined, done: true };
      try {
        return { name, messages: (await load()).default as Messages, done: true };
      } catch {
        return { name, messages: undefined, done: false };
      }
    }),
  );
  for (const { name, messages, done } of parts) {
    if (messages) i18n.load(language, messages);
    if (done) mark(language, name);
  }
}

/** Resolves once every area registered so far has the active language's words. */
export function areasReady(): Promise<void> {
  return pending.then(
    () => undefined,
    () => undefined,
  );
}
