// src/ui/i18n/language.ts
/** The language the learner reads the app in (BCP 47, e.g. 'en', 'de'); the app's i18n setup provides it. */
import { createContext, useContext } from 'react';

export const LanguageContext = createContext('en');

export function useLanguage(): string {
  return useContext(LanguageContext);
}
