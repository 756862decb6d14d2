/**
 * Where the app's language is decided and applied: the learner's choice, then the LMS,
 * then the browser (useAppLanguage), loaded (switchLanguage), then given to every page
 * (LanguageContext, for a scenario's and the taxonomy's words) and to the document
 * (`<html lang dir>`). Until a new catalog arrives the page keeps the language it shows.
 */
import { useEffect, type ReactNode } from 'react';
import { PSEUDO_LANGUAGES, SUPPORTED_LANGUAGES } from '../../i18n';
import { useAppLanguage } from './app-language';
import { DocumentLanguage } from './DocumentLanguage';
import { LanguageContext } from './language';
import { switchLanguage } from './load-language';
import { useActiveLanguage } from './use-t';

/** Every tag a learner's choice may name: the shipped languages and the pseudo-locales. */
const CHOOSABLE = [...SUPPORTED_LANGUAGES, ...PSEUDO_LANGUAGES.map((l) => l.tag)];

export function LanguageRoot({ children }: { children: ReactNode }) {
  const wanted = useAppLanguage(CHOOSABLE);
  const shown = useActiveLanguage();
  useEffect(() => {
    void switchLanguage(wanted);
  }, [wanted]);
  return (
    <LanguageContext.Provider value={shown}>
      <DocumentLanguage lang={shown} />
      {children}
    </LanguageContext.Provider>
  );
}
