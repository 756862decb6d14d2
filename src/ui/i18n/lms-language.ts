/**
 * The language the LMS asks for, once a delivery runtime has read it (SCORM's learner
 * preference, cmi5's `languagePreference`). A tiny external store, so `useAppLanguage`
 * follows it with `useSyncExternalStore`; nothing here knows SCORM or cmi5.
 */
let current: string | undefined;
const listeners = new Set<() => void>();

export function setLmsLanguage(lang: string | undefined): void {
  const next = typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : undefined;
  if (next === current) return;
  current = next;
  for (const listener of [...listeners]) listener();
}

export function lmsLanguage(): string | undefined {
  return current;
}

export function subscribeLmsLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
