/**
 * The language the learner chose, read from storage before anything else is: the app
 * switches to it before the store reads the rest, so the notices that reading raises are
 * written in that language, not in English first. Anything unexpected is no choice; the
 * store's own reading reports it.
 */
import { STORAGE_KEY, type StorageLike } from './types';

export function savedLanguage(storage: StorageLike | undefined): string | undefined {
  try {
    const main = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (!main || typeof main !== 'object') return undefined;
    const settings = (main as { settings?: unknown }).settings;
    if (!settings || typeof settings !== 'object') return undefined;
    const language = (settings as { language?: unknown }).language;
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}
