// PLACEHOLDER until h18l merges: the language of the first render, before React runs.
import type { ProgressStore } from '../store';

export function startingLanguage(_store: ProgressStore): string {
  return (
    navigator.languages.map((l) => l.split('-')[0]!.toLowerCase()).find((l) => l === 'de') ?? 'en'
  );
}
