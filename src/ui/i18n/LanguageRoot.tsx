/**
 * Where the app's language is decided and applied: the learner's choice, then the LMS,
 * then the browser (useAppLanguage), loaded (switchLanguage), then given to every page
 * (LanguageContext, for a scenario's and the taxonomy's words) and to the document
 * (`<html lang dir>`). Until a new catalog arrives the page keeps the language it shows.
 */
import { useEffect, type ReactNode } from 'react';
import { useAppLanguage } from './app-language';
import { DocumentLanguage } from './DocumentLanguage';
import { LanguageContext } from './language';
import { switchLanguage } from './load-language';
import { CHOOSABLE_LANGUAGES } from './starting-language';
import { useActiveLanguage } from './use-t';

export function LanguageRoot({ children }: { children: ReactNode }) {
  const wanted = useAppLanguage(CHOOSABLE_LANGUAGES);
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
