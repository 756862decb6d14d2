// The learner's language setting on the profile page: automatic (follow the LMS, then the
// browser) or one of the app's languages, each named in its own language and marked so.
import { setLanguage } from '../../progress';
import { LANGUAGES } from '../../i18n';
import { useT } from '../i18n/use-t';
import { useStore } from '../store';

/** The select's value for "no choice saved": never a BCP 47 tag. */
const AUTOMATIC = 'automatic';

export function LanguageSetting({ language }: { language: string | undefined }) {
  const store = useStore();
  const t = useT();
  const known = LANGUAGES.some((l) => l.tag === language);
  return (
    <p className="language-setting">
      <label htmlFor="language-setting">{t('common.language.label')}</label>{' '}
      <select
        id="language-setting"
        value={known && language !== undefined ? language : AUTOMATIC}
        onChange={(event) => {
          const value = event.target.value;
          store.update((p) => setLanguage(p, value === AUTOMATIC ? undefined : value));
        }}
      >
        <option value={AUTOMATIC}>{t('common.language.auto')}</option>
        {LANGUAGES.map(({ tag, name }) => (
          <option key={tag} value={tag} lang={tag}>
            {name}
          </option>
        ))}
      </select>
    </p>
  );
}
