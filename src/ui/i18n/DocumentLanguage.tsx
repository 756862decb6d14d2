/**
 * Tells the document which language it is in: `<html lang>` for screen readers,
 * hyphenation and spelling, `<html dir>` so right-to-left languages lay out as such.
 * Renders nothing.
 */
import { useEffect } from 'react';

/** Scripts and languages written right to left, for engines without `Intl.Locale` text info. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

export function textDirection(lang: string): 'ltr' | 'rtl' {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'ltr';
  }
  const info = locale as unknown as TextInfoLocale;
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  if (locale.script) return RTL_SCRIPTS.has(locale.script.toLowerCase()) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

export function DocumentLanguage({ lang }: { lang: string }) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = textDirection(lang);
  }, [lang]);
  return null;
}
