/**
 * The app's words for a component: `const t = useT(); t('library.heading')`. A component
 * that reads words through this hook renders again when the learner's language changes,
 * without a provider (the catalog is the one `src/i18n` instance), so a test renders
 * any component in English as it is.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { i18n, t, type MessageId, type MessageValues } from '../../i18n';

export type Translate = (id: MessageId, values?: MessageValues) => string;

const subscribe = (listener: () => void) => i18n.on('change', listener);
const locale = () => i18n.locale;

/** The active language, as a value React can depend on. */
export function useActiveLanguage(): string {
  return useSyncExternalStore(subscribe, locale, locale);
}

export function useT(): Translate {
  const language = useActiveLanguage();
  // A new function per language, so memoised text that depends on it is made again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((id, values) => t(id, values), [language]);
}
