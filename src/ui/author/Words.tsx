// The scenario's own words on an author-mode page in another language (a title, a choice's
// label) marked with their language (WCAG 3.1.2), so a screen reader reads the author's
// English as English on a German page; when the languages agree nothing is added.
import type { ReactNode } from 'react';

export function Words({ lang, children }: { lang?: string | undefined; children: ReactNode }) {
  return lang ? <span lang={lang}>{children}</span> : children;
}
